import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { ChartFrame } from '@/components/charts/chart-frame';
import { makeQueryClient } from '@/lib/query-client';

const rows = [
  { year: 2022, apprentices: 420 },
  { year: 2023, apprentices: 1443 },
];
const columns = [
  { header: 'Année', value: (r: (typeof rows)[number]) => r.year },
  { header: 'Apprentis', value: (r: (typeof rows)[number]) => r.apprentices, display: (r: (typeof rows)[number]) => new Intl.NumberFormat('fr-FR').format(r.apprentices), align: 'end' as const },
];

function renderFrame(props: Partial<Parameters<typeof ChartFrame<(typeof rows)[number]>>[0]> = {}) {
  return render(
    <AppProviders client={makeQueryClient({ retry: false })}>
      <ChartFrame title="Apprentis par année" takeaway="+244 % en un an" rows={rows} columns={columns} filename="apprentis" {...props}>
        <BarChart data={rows}>
          <XAxis dataKey="year" />
          <YAxis />
          <Bar dataKey="apprentices" name="Apprentis" fill="var(--chart-1)" isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </AppProviders>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ChartFrame', () => {
  it('shows the title, the takeaway and the chart itself', () => {
    const { container } = renderFrame();
    expect(screen.getByRole('figure', { name: 'Apprentis par année' })).toBeInTheDocument();
    expect(screen.getByText('+244 % en un an')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
  });

  it('offers the same data as an accessible table, formatted in fr-FR', async () => {
    renderFrame();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Voir les données' }));
    const table = screen.getByRole('table', { name: 'Données du graphique « Apprentis par année »' });
    expect(within(table).getByRole('rowheader', { name: '2023' })).toBeInTheDocument();
    expect(within(table).getByText(/^1\s443$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voir le graphique' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('exports the data as a CSV for French Excel', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    renderFrame();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Données CSV' }));
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    // The UTF-8 byte-order mark is what makes Excel read accents right.
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFAnnée;Apprentis\r\n2022;420\r\n2023;1443\r\n');
  });

  it('keeps its size with a skeleton while loading, and shows errors with Retry', async () => {
    const onRetry = vi.fn();
    const { rerender } = renderFrame({ loading: true, rows: undefined });
    expect(screen.getByRole('figure').querySelector('[aria-busy="true"]')).toBeInTheDocument();
    expect(screen.queryByText('+244 % en un an')).not.toBeInTheDocument();
    rerender(
      <AppProviders client={makeQueryClient({ retry: false })}>
        <ChartFrame title="Apprentis par année" rows={undefined} columns={columns} filename="x" error={new Error('boom')} onRetry={onRetry}>
          <BarChart data={[]} />
        </ChartFrame>
      </AppProviders>,
    );
    await userEvent.setup().click(within(screen.getByRole('alert')).getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says when there is nothing to chart', () => {
    renderFrame({ rows: [] });
    expect(screen.getByText('Aucune donnée à représenter pour ces critères.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voir les données' })).toBeDisabled();
  });
});
