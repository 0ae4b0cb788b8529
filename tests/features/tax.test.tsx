import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** /apprenticeship-tax — one campaign: totals, progress against last year, inline changes, adding a company. */

const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });
const eur = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
/** Testing Library collapses the no-break spaces of fr-FR numbers in text (not in accessible names). */
const text = (s: string) => s.replace(/\s/g, ' ');
const pct = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const problem = (status: number, detail: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur', status, detail, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } });

const pledges = (year: number) => getStore().pledges.rows.filter((p) => p.year === year);
const sum = (year: number, status: string) => pledges(year).filter((p) => p.status === status).reduce((s, p) => s + p.amount, 0);
const summary = () => screen.findByRole('list', { name: 'Bilan de la campagne 2026' }, { timeout: 8000 });
const tile = (list: HTMLElement, label: string) => within(list).getByText(label, { selector: 'p' }).closest('li')!;
const table = () => screen.findByRole('table', { name: 'Entreprises de la campagne 2026' }, { timeout: 8000 });
const rowOf = (t: HTMLElement, name: string) => within(t).getByRole('rowheader', { name }).closest('tr')!;

describe('/apprenticeship-tax — the campaign', () => {
  it('opens on the latest campaign with totals per status and progress against the previous one', async () => {
    const { container, user } = await renderRoute('/apprenticeship-tax');
    expect(await screen.findByRole('heading', { level: 1, name: 'Taxe d’apprentissage' }, { timeout: 8000 })).toBeInTheDocument();
    expect(await screen.findByLabelText('Campagne')).toHaveDisplayValue('Campagne 2026');
    const list = await summary();
    await waitFor(() => expect(within(tile(list, 'Versée')).getByText(text(eur(sum(2026, 'received'))))).toBeInTheDocument());
    expect(within(tile(list, 'Promise')).getByText(text(eur(sum(2026, 'pledged'))))).toBeInTheDocument();
    expect(within(tile(list, 'Sollicitée')).getByText(text(eur(sum(2026, 'approached'))))).toBeInTheDocument();
    expect(within(tile(list, 'Versée')).getByText(`${pledges(2026).filter((p) => p.status === 'received').length} entreprises`)).toBeInTheDocument();

    const ratio = sum(2026, 'received') / sum(2025, 'received');
    const bar = screen.getByRole('progressbar', { name: 'Versé en 2026 par rapport au total versé en 2025' });
    expect(bar).toHaveAttribute('aria-valuetext', pct(ratio));
    expect(bar).toHaveAttribute('aria-valuenow', String(Math.round(ratio * 100)));
    expect(screen.getByText(text(`${eur(sum(2026, 'received'))} versés en 2026, soit ${pct(ratio)} du total versé en 2025.`))).toBeInTheDocument();

    // The chart: three statuses, two campaigns, and the same figures in its table.
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(6));
    await user.click(screen.getByRole('button', { name: 'Voir les données' }));
    const data = screen.getByRole('table', { name: /Montants par statut : 2026 et 2025/ });
    const received = within(data).getByRole('rowheader', { name: 'Versée' }).closest('tr')!;
    expect(within(received).getAllByRole('cell').map((c) => c.textContent)).toEqual([eur(sum(2026, 'received')), eur(sum(2025, 'received'))]);
  });

  it('marks a company as received: the received total moves at once, and the API keeps it', async () => {
    const target = pledges(2026).find((p) => p.status === 'pledged')!;
    const name = getStore().partnerName(target.partnerId)!;
    const before = sum(2026, 'received');
    const { version } = target;
    const { user } = await renderRoute(`/apprenticeship-tax?q=${encodeURIComponent(name)}`);
    const t = await table();
    const row = await waitFor(() => rowOf(t, name));
    // The server answers only when released: what moves before that is the optimistic update.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch('*/api/tax-pledges/:id', async () => {
        await gate;
        // Nothing returned: the request goes on to the demo API's own handler.
      }),
    );
    await user.selectOptions(within(row).getByRole('combobox', { name: `Statut de ${name}` }), 'received');
    const list = await summary();
    await waitFor(() => expect(within(tile(list, 'Versée')).getByText(text(eur(before + target.amount)))).toBeInTheDocument());
    expect(getStore().pledges.get(target.id)!.status).toBe('pledged');
    release();
    expect(await findToast(text(`${name} : Versée, ${eur(target.amount)}.`))).toBeInTheDocument();
    expect(getStore().pledges.get(target.id)).toMatchObject({ status: 'received', version: version + 1 });
  });

  it('refuses a change based on a stale version: the row goes back to what is saved, and says why', async () => {
    const target = pledges(2026).find((p) => p.status === 'approached')!;
    const name = getStore().partnerName(target.partnerId)!;
    const { user } = await renderRoute(`/apprenticeship-tax?q=${encodeURIComponent(name)}`);
    const t = await table();
    const row = await waitFor(() => rowOf(t, name));
    // Someone else pledges meanwhile, with a new amount.
    getStore().pledges.update(getStore().pledges.get(target.id)!, { status: 'pledged', amount: 9_950, version: target.version + 1 });

    await user.selectOptions(within(row).getByRole('combobox', { name: `Statut de ${name}` }), 'received');
    expect(
      await findToast(
        `La ligne de ${name} a été modifiée entre-temps par quelqu’un d’autre. Votre changement n’a pas été enregistré : la valeur actuelle est affichée, refaites-le si besoin.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(t, name)).getByRole('combobox', { name: `Statut de ${name}` })).toHaveValue('pledged'));
    expect(within(rowOf(t, name)).getByRole('button', { name: `Modifier le montant de ${name} (${eur(9_950)})` })).toBeInTheDocument();
    expect(getStore().pledges.get(target.id)!.status).toBe('pledged');
  });

  it('changes an amount in place; a server failure puts it back and keeps what was typed', async () => {
    const target = pledges(2026).find((p) => p.status === 'received')!;
    const name = getStore().partnerName(target.partnerId)!;
    const { user } = await renderRoute(`/apprenticeship-tax?q=${encodeURIComponent(name)}`);
    const t = await table();
    await waitFor(() => rowOf(t, name));
    await user.click(within(rowOf(t, name)).getByRole('button', { name: `Modifier le montant de ${name} (${eur(target.amount)})` }));
    const input = within(rowOf(t, name)).getByRole('textbox', { name: `Montant de ${name} en euros` });
    await user.clear(input);
    await user.type(input, 'beaucoup');
    await user.click(within(rowOf(t, name)).getByRole('button', { name: 'Enregistrer' }));
    expect(input).toHaveAccessibleDescription('Saisissez un montant en euros, positif ou nul (par ex. 2 500).');

    server.use(http.patch('*/api/tax-pledges/:id', () => problem(500, 'Panne')));
    await user.clear(input);
    await user.type(input, '12 345');
    await user.click(within(rowOf(t, name)).getByRole('button', { name: 'Enregistrer' }));
    expect(await findToast(`La modification de ${name} n’a pas été enregistrée : Le serveur a rencontré une erreur (500). Réessayez dans un instant.`)).toBeInTheDocument();
    const again = await within(rowOf(t, name)).findByRole('textbox', { name: `Montant de ${name} en euros` });
    expect(again).toHaveValue('12 345');
    expect(getStore().pledges.get(target.id)!.amount).toBe(target.amount);

    server.resetHandlers();
    await user.click(within(rowOf(t, name)).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(rowOf(t, name)).findByRole('button', { name: `Modifier le montant de ${name} (${eur(12_345)})` })).toBeInTheDocument();
    await waitFor(() => expect(getStore().pledges.get(target.id)!.amount).toBe(12_345));
  });

  it('adds a company to the campaign, and explains when it is already in it (409)', async () => {
    const store = getStore();
    const inCampaign = new Set(pledges(2026).map((p) => p.partnerId));
    const already = store.partners.get(pledges(2026)[0]!.partnerId)!;
    const newcomer = store.partners.rows.find((p) => !p.archived && !inCampaign.has(p.id) && /^[A-Za-z]+ [A-Za-z]+$/.test(p.name))!;
    const { user, router } = await renderRoute('/apprenticeship-tax');
    await user.click(await screen.findByRole('button', { name: 'Ajouter une entreprise' }, { timeout: 8000 }));
    const form = screen.getByRole('form', { name: 'Ajouter une entreprise à la campagne 2026' });
    await user.click(within(form).getByRole('button', { name: 'Ajouter à la campagne' }));
    expect(within(form).getByRole('combobox', { name: 'Entreprise' })).toHaveAccessibleDescription('Choisissez une entreprise dans la liste.');
    expect(within(form).getByLabelText('Montant (€)')).toHaveAccessibleDescription('Saisissez un montant en euros, positif ou nul (par ex. 2 500).');

    await user.type(within(form).getByRole('combobox', { name: 'Entreprise' }), already.name);
    await user.click(await within(form).findByRole('option', { name: new RegExp(`^${already.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }));
    await user.type(within(form).getByLabelText('Montant (€)'), '3 000');
    await user.click(within(form).getByRole('button', { name: 'Ajouter à la campagne' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(`${already.name} est déjà dans la campagne 2026 : une seule ligne par entreprise et par campagne. Modifiez plutôt sa ligne.`);
    // What was typed is still there.
    expect(within(form).getByLabelText('Montant (€)')).toHaveValue('3 000');
    await user.click(within(alert).getByRole('button', { name: 'Afficher sa ligne' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(already.name));

    await user.clear(within(form).getByRole('combobox', { name: 'Entreprise' }));
    await user.type(within(form).getByRole('combobox', { name: 'Entreprise' }), newcomer.name);
    await user.click(await within(form).findByRole('option', { name: new RegExp(`^${newcomer.name}`) }));
    await user.selectOptions(within(form).getByLabelText('Statut'), 'pledged');
    await user.click(within(form).getByRole('button', { name: 'Ajouter à la campagne' }));
    expect(await findToast(`${newcomer.name} ajoutée à la campagne 2026.`)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ajouter une entreprise à la campagne 2026' })).not.toBeInTheDocument();
    expect(getStore().pledges.rows.find((p) => p.partnerId === newcomer.id && p.year === 2026)).toMatchObject({ amount: 3000, status: 'pledged' });
  });

  it('searches, filters by status, sorts and pages, all in the URL, and exports what matches', async () => {
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:tax';
    });
    try {
      const { user, router } = await renderRoute('/apprenticeship-tax?year=2025');
      const t = await screen.findByRole('table', { name: 'Entreprises de la campagne 2025' }, { timeout: 8000 });
      await waitFor(() => expect(within(t).getAllByRole('row')).toHaveLength(26));
      const region = screen.getByRole('region', { name: 'Entreprises de la campagne 2025' });
      expect(within(region).getByText(`${pledges(2025).length} entreprises`)).toBeInTheDocument();

      await user.click(screen.getByRole('checkbox', { name: 'Versée' }));
      await waitFor(() => expect(router.state.location.search).toBe('?year=2025&status=received'));
      const received = pledges(2025).filter((p) => p.status === 'received');
      expect(within(region).getByText(`${received.length} entreprises`)).toBeInTheDocument();

      await user.click(within(t).getByRole('button', { name: /^Montant/ }));
      await user.click(within(t).getByRole('button', { name: /^Montant/ }));
      await waitFor(() => expect(router.state.location.search).toBe('?year=2025&status=received&sort=amount&order=desc'));
      const top = Math.max(...received.map((p) => p.amount));
      expect(within(within(t).getAllByRole('row')[1]!).getByRole('button', { name: /Modifier le montant/ })).toHaveTextContent(text(eur(top)));

      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      await waitFor(() => expect(router.state.location.search).toBe('?year=2025&status=received&sort=amount&order=desc&page=2'));

      await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      await waitFor(() => expect(created).toHaveLength(1));
      const lines = (await created[0]!.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Entreprise;partnerId;Campagne;Statut;Montant;Mise à jour');
      expect(lines).toHaveLength(received.length + 1);
      expect(lines[1]).toMatch(new RegExp(`;2025;Versée;${top};\\d{4}-\\d{2}-\\d{2}$`));
    } finally {
      spy.mockRestore();
    }
  });

  it('shows an empty next campaign with what to do', async () => {
    await renderRoute('/apprenticeship-tax?year=2027');
    expect(await screen.findByText('Aucune entreprise dans la campagne 2027', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Campagne')).toHaveDisplayValue('Campagne 2027 (à préparer)');
    expect(screen.getByText('Aucune entreprise dans la campagne 2027 pour l’instant.')).toBeInTheDocument();
  });

  it('shows the failure of a campaign with a retry, inside the page', async () => {
    server.use(http.get('*/api/tax-pledges', () => problem(500, 'Panne')));
    await renderRoute('/apprenticeship-tax?year=2026');
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 8000 });
    expect(alerts.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Réessayer' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Taxe d’apprentissage' })).toBeInTheDocument();
  });
});
