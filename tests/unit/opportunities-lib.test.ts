import { describe, expect, it } from 'vitest';
import type { OpportunityRow } from '@/contract/api';
import { toCsv } from '@/lib/csv';
import { opportunityCsvColumns } from '@/features/opportunities/lib/csv-columns';
import { draftToInput, emptyDraft, errorsByField, isDraftDirty, parseAmount } from '@/features/opportunities/lib/form';
import { movedFields, patchRowInPage, replaceRowInPage, stageFields } from '@/features/opportunities/lib/optimistic';
import { groupByStage, isOverdue, openThenClosed, pipelineTotals } from '@/features/opportunities/lib/pipeline';

let seq = 0;
function row(over: Partial<OpportunityRow> = {}): OpportunityRow {
  seq += 1;
  return {
    id: `o-${String(seq).padStart(5, '0')}`,
    partnerId: 'p-1',
    partnerName: 'Ardélab',
    title: `Opportunité ${seq}`,
    kind: 'chair',
    amount: 1000,
    stage: 'identified',
    ownerId: 'u-1',
    expectedClose: '2026-12-01',
    closedAt: null,
    closeReason: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    synthetic: true,
    version: 1,
    ...over,
  };
}
const page = (items: OpportunityRow[]) => ({ items, total: items.length, page: 1, pageSize: 5000 });

describe('groupByStage', () => {
  it('gives the six columns in pipeline order, won and lost last, with counts and totals', () => {
    const rows = [
      row({ stage: 'proposal', amount: 45_000 }),
      row({ stage: 'won', amount: 100_000, closedAt: '2026-10-01' }),
      row({ stage: 'proposal', amount: 5_000 }),
      row({ stage: 'lost', amount: 7_000, closedAt: '2026-09-01' }),
    ];
    const columns = groupByStage(rows);
    expect(columns.map((c) => c.stage)).toEqual(['identified', 'contacted', 'proposal', 'negotiation', 'won', 'lost']);
    expect(columns.map((c) => [c.count, c.total])).toEqual([[0, 0], [0, 0], [2, 50_000], [0, 0], [1, 100_000], [1, 7_000]]);
  });

  it('orders open cards by expected close (overdue first) and closed cards latest closed first', () => {
    const late = row({ expectedClose: '2027-03-01' });
    const soon = row({ expectedClose: '2026-11-01' });
    const oldWin = row({ stage: 'won', closedAt: '2025-01-10' });
    const newWin = row({ stage: 'won', closedAt: '2026-11-20' });
    const [identified, , , , won] = groupByStage([late, oldWin, soon, newWin]);
    expect(identified!.items).toEqual([soon, late]);
    expect(won!.items).toEqual([newWin, oldWin]);
  });
});

describe('pipelineTotals and isOverdue', () => {
  it('sums the open pipeline, the won and the lost separately', () => {
    const totals = pipelineTotals([row({ amount: 10 }), row({ stage: 'negotiation', amount: 20 }), row({ stage: 'won', amount: 300 }), row({ stage: 'lost', amount: 4000 })]);
    expect(totals).toEqual({ open: { count: 2, total: 30 }, won: { count: 1, total: 300 }, lost: { count: 1, total: 4000 } });
  });

  it('calls an open opportunity overdue once its expected close has passed, never a closed one', () => {
    expect(isOverdue({ stage: 'contacted', expectedClose: '2026-11-25' }, '2026-11-26')).toBe(true);
    expect(isOverdue({ stage: 'contacted', expectedClose: '2026-11-26' }, '2026-11-26')).toBe(false);
    expect(isOverdue({ stage: 'won', expectedClose: '2020-01-01' }, '2026-11-26')).toBe(false);
  });

  it('splits a company’s list into open then closed', () => {
    const a = row({ stage: 'lost', closedAt: '2026-01-01' });
    const b = row({ expectedClose: '2027-01-01' });
    const c = row({ stage: 'negotiation', expectedClose: '2026-12-01' });
    expect(openThenClosed([a, b, c])).toEqual({ open: [c, b], closed: [a] });
  });
});

describe('optimistic moves', () => {
  it('moves a card in every cached page, and moving it back puts back exactly what it had', () => {
    const target = row({ stage: 'proposal', version: 4 });
    const other = row();
    const before = page([other, target]);
    const moved = patchRowInPage(before, target.id, movedFields(target, 'won', 'Signé', '2026-11-26'));
    expect(moved.items[1]).toMatchObject({ stage: 'won', closeReason: 'Signé', closedAt: '2026-11-26', version: 4 });
    expect(moved.items[0]).toBe(other);
    // The column totals are computed from the rows: they follow at once.
    expect(groupByStage(moved.items).find((c) => c.stage === 'won')!.count).toBe(1);
    const rolledBack = patchRowInPage(moved, target.id, stageFields(target));
    expect(rolledBack.items[1]).toEqual(target);
  });

  it('clears the close date and reason when a closed deal is reopened', () => {
    const won = row({ stage: 'won', closedAt: '2026-10-01', closeReason: 'Signé' });
    expect(movedFields(won, 'negotiation', undefined, '2026-11-26')).toEqual({ stage: 'negotiation', closeReason: null, closedAt: null, version: 1 });
  });

  it('leaves pages without the card untouched and takes the server’s answer as the truth', () => {
    const p = page([row()]);
    expect(patchRowInPage(p, 'o-absent', { stage: 'won' })).toBe(p);
    const saved = { ...p.items[0]!, stage: 'contacted' as const, version: 2 };
    expect(replaceRowInPage(p, saved).items[0]).toEqual(saved);
  });
});

describe('the creation form', () => {
  const messages = { partnerRequired: 'Choisissez une entreprise', kindRequired: 'Choisissez un type', amountInvalid: 'Montant invalide', reasonRequired: 'Motif requis' };

  it('reads amounts as French users type them', () => {
    expect(parseAmount('45 000')).toBe(45_000);
    expect(parseAmount('12\u202f500,50 €')).toBe(12_500.5);
    expect(parseAmount('beaucoup')).toBeNull();
    expect(parseAmount('-3')).toBeNull();
  });

  it('lists what is missing, in French, per field', () => {
    const result = draftToInput(emptyDraft({ ownerId: 'u-1', expectedClose: '2027-01-01' }), messages);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ partnerId: 'Choisissez une entreprise', title: 'Champ obligatoire', kind: 'Choisissez un type', amount: 'Champ obligatoire' });
  });

  it('requires a reason for a deal created already won', () => {
    const draft = { ...emptyDraft({ partner: { id: 'p-1', name: 'A' }, ownerId: 'u-1', expectedClose: '2027-01-01' }), title: 'T', kind: 'chair' as const, amount: '10', stage: 'won' as const };
    const refused = draftToInput(draft, messages);
    expect(refused.ok || refused.errors.closeReason).toBe('Motif requis');
    const accepted = draftToInput({ ...draft, closeReason: ' Signé ' }, messages);
    expect(accepted.ok && accepted.input).toEqual({ partnerId: 'p-1', title: 'T', kind: 'chair', amount: 10, stage: 'won', ownerId: 'u-1', expectedClose: '2027-01-01', closeReason: 'Signé' });
  });

  it('maps the server’s field errors and tells a touched form from a pristine one', () => {
    expect(errorsByField([{ field: 'ownerId', message: 'Inconnu' }, { field: 'title.0', message: 'Trop long' }])).toEqual({ ownerId: 'Inconnu', title: 'Trop long' });
    const initial = emptyDraft({ ownerId: 'u-1' });
    expect(isDraftDirty({ ...initial }, initial)).toBe(false);
    expect(isDraftDirty({ ...initial, title: 'x' }, initial)).toBe(true);
  });
});

describe('the CSV export', () => {
  it('writes French headers and labels and neutralises formulas typed by people', () => {
    const columns = opportunityCsvColumns({
      header: (f) => ({ title: 'Intitulé', partner: 'Entreprise', kind: 'Type', amount: 'Montant', stage: 'Étape', owner: 'Responsable', expectedClose: 'Clôture prévue', closedAt: 'Clôturée le', closeReason: 'Motif' })[f],
      kindLabel: () => 'Chaire',
      stageLabel: () => 'Gagnée',
      ownerName: () => 'Sophie Bernard',
      date: (iso) => iso.split('-').reverse().join('/'),
    });
    const csv = toCsv([row({ title: '=HYPERLINK("http://x")', amount: 120_000, stage: 'won', closedAt: '2026-11-26', closeReason: '+33 signé' })], columns);
    const [head, line] = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(head).toBe('Intitulé;Entreprise;Type;Montant (€);Étape;Responsable;Clôture prévue;Clôturée le;Motif');
    expect(line).toBe(`"'=HYPERLINK(""http://x"")";Ardélab;Chaire;120000;Gagnée;Sophie Bernard;01/12/2026;26/11/2026;'+33 signé`);
  });
});
