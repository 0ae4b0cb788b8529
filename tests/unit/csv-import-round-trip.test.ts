import { beforeAll, describe, expect, it } from 'vitest';
import { ImportResult, PartnerPage } from '@/contract/api';
import type { PartnerRow } from '@/contract/entities';
import { paths } from '@/contract/endpoints';
import { decodeCsvBytes } from '@/features/partners/import/lib/decode';
import { buildLookups } from '@/features/partners/import/lib/lookups';
import type { Lookups } from '@/features/partners/import/lib/lookups';
import { autoMapping } from '@/features/partners/import/lib/mapping';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';
import { buildImportRows, buildPreview, existingMatches, partnerInputOf } from '@/features/partners/import/lib/preview';
import { exportValue, headerOf, PARTNER_EXPORT_FIELDS } from '@/features/partners/lib/csv-columns';
import type { ExportLabels } from '@/features/partners/lib/csv-columns';
import { request } from '@/lib/api-client';
import { toCsv } from '@/lib/csv';
import type { CsvSeparator } from '@/lib/csv';
import { loadCatalogue, translate } from '@/lib/i18n';
import type { MessageKey, Vars } from '@/lib/i18n';
import type { Locale } from '@/lib/format';
import { label } from '@/locales/labels';
import { USERS } from '../../mocks/data/users';

/** Export (the list's "Exporter en CSV": the shared format, labels, BOM, neutralised cells) → import → the same companies. */

const t = (key: MessageKey, vars?: Vars) => translate('fr', key, vars);
let lookups: Lookups;
beforeAll(async () => {
  await loadCatalogue('en');
  lookups = buildLookups((k) => [translate('fr', k as MessageKey), translate('en', k as MessageKey)], USERS);
});

function exportCsv(rows: readonly PartnerRow[], locale: Locale = 'fr', separator: CsvSeparator = ';'): string {
  const labels: ExportLabels = {
    sector: (c) => translate(locale, label.sector(c)),
    sizeBand: (c) => translate(locale, label.sizeBand(c)),
    stage: (c) => translate(locale, label.stage(c)),
    kind: (c) => translate(locale, label.kind(c)),
    owner: (id) => USERS.find((u) => u.id === id)?.name ?? '',
    yes: 'Oui',
    no: 'Non',
  };
  return toCsv(rows, PARTNER_EXPORT_FIELDS.map((f) => ({ header: headerOf(f), value: (r: PartnerRow) => exportValue(r, f, labels) })), separator);
}

async function importBack(csvText: string) {
  // As the browser reads a downloaded file: bytes, BOM included.
  const decoded = decodeCsvBytes(new TextEncoder().encode(csvText));
  const csv = await parseCsvText(decoded.text);
  return buildPreview(csv, autoMapping(csv.headers), { lookups, t });
}

const row = (overrides: Partial<PartnerRow>): PartnerRow => ({
  id: 'p-x', name: 'Entreprise', siren: null, siret: null, vatNumber: null, nafCode: null, sector: 'materiaux', department: '30', city: 'Alès',
  sizeBand: 'pme', stage: 'active', kinds: ['events', 'tax'], ownerId: null, partnerSince: null, tags: [], website: null, notes: '', archived: false,
  synthetic: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1, lastInteraction: '2026-10-01',
  openOpportunitiesAmount: 12000, activeApprentices: 2, ...overrides,
});

const TRICKY: PartnerRow[] = [
  row({ id: 'p-1', name: '=HYPERLINK("http://x")', siren: '401234562', siret: '40123456200015', nafCode: '62.01Z', sector: 'numerique-ia', ownerId: 'u-6', partnerSince: '2019-09-01', tags: ['forum 2026', 'alternance'], website: 'https://a.example', notes: 'Ligne 1 ; "citée"\nLigne 2' }),
  row({ id: 'p-2', name: '-Tiret SARL', sector: 'energies-renouvelables', department: 'HO', city: 'Lyon', sizeBand: 'ge', stage: 'dormant', notes: '+33 4 66 00 00 00' }),
  row({ id: 'p-3', name: '@Arobase', siren: '401234570', department: '09', city: 'Foix', sizeBand: 'tpe', stage: 'prospect', ownerId: 'u-1', tags: ['hydrogène'], notes: "'déjà une apostrophe" }),
];

describe('export → import round trip', () => {
  it.each([
    ['French labels, ";"', 'fr', ';'],
    ['English labels, ","', 'en', ','],
  ] as const)('gives back every company as it was (%s)', async (_name, locale, separator) => {
    const preview = await importBack(exportCsv(TRICKY, locale, separator));
    expect(preview.issues).toEqual([]);
    expect(preview.groups.map((g) => g.partner)).toEqual(TRICKY.map(partnerInputOf));
  });

  it('on the whole demo dataset: skip changes nothing, update leaves every company as it was', async () => {
    const before = await request(PartnerPage, paths.partners, { query: { pageSize: 100_000 } });
    const preview = await importBack(exportCsv(before.items));
    expect(preview.issues).toEqual([]);
    expect(preview.groups).toHaveLength(before.items.length);

    const bySiren = new Map(before.items.filter((p) => p.siren).map((p) => [p.siren as string, p]));
    const matches = existingMatches(preview.groups, bySiren);
    const withSiren = before.items.filter((p) => p.siren).length;
    expect(matches.size).toBe(withSiren);

    // Companies without a SIREN cannot be matched (the API always creates them): the round trip is about those that can.
    const matched = preview.groups.filter((g) => matches.has(g.key));
    const skip = await request(ImportResult, paths.partnersImport, { method: 'POST', body: { rows: buildImportRows(matched, matches, 'skip'), onDuplicate: 'skip' } });
    expect(skip).toEqual({ created: 0, updated: 0, skipped: withSiren });

    const update = await request(ImportResult, paths.partnersImport, { method: 'POST', body: { rows: buildImportRows(matched, matches, 'update'), onDuplicate: 'update' } });
    expect(update).toEqual({ created: 0, updated: withSiren, skipped: 0 });
    const after = await request(PartnerPage, paths.partners, { query: { pageSize: 100_000 } });
    expect(after.total).toBe(before.total);
    expect(after.items.map(partnerInputOf)).toEqual(before.items.map(partnerInputOf));
  });
});
