import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PartnerRow } from '@/contract/entities';
import { PartnerListQuery } from '@/contract/queries';
import type { ExportLabels } from '@/features/partners/lib/csv-columns';
import { fetchAllPartners, partnersCsv } from '@/features/partners/lib/list-export';

const labels: ExportLabels = {
  sector: (c) => (c === 'sante' ? 'Santé' : c),
  sizeBand: (c) => c.toUpperCase(),
  stage: (c) => (c === 'active' ? 'Partenaire actif' : c),
  kind: (c) => (c === 'apprentices' ? 'Alternance' : c),
  owner: (id) => (id === 'u-1' ? 'Sophie Bernard' : ''),
  yes: 'Oui',
  no: 'Non',
};

function row(i: number, patch: Partial<PartnerRow> = {}): PartnerRow {
  return {
    id: `p-${i}`, name: `Entreprise ${i}`, siren: '200034528', siret: null, vatNumber: null, nafCode: '32.50A', sector: 'sante', department: '30', city: 'Alès',
    sizeBand: 'pme', stage: 'active', kinds: ['apprentices', 'tax'], ownerId: 'u-1', partnerSince: '2019-09-01', tags: ['Marcoule', 'chaire'], website: null,
    notes: 'Ligne 1\nLigne 2; "citée"', archived: false, synthetic: true, createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', version: 1,
    lastInteraction: '2026-11-24', openOpportunitiesAmount: 41600, activeApprentices: 2, ...patch,
  };
}

describe('companies export', () => {
  it('writes the shared format with a BOM, the chosen separator and labels people read', () => {
    const csv = partnersCsv([row(1), row(2, { name: '=HYPERLINK("http://x")', archived: true, ownerId: null })], labels, ';');
    expect(csv.startsWith('\uFEFFNom;SIREN;SIRET;Code NAF;Secteur;Département;Ville;Taille;Statut de la relation;Responsable;')).toBe(true);
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    const col = (name: string) => header!.indexOf(name);
    expect(first![col('Secteur')]).toBe('Santé');
    expect(first![col('Responsable')]).toBe('Sophie Bernard');
    expect(first![col('Relations')]).toBe('Alternance, tax');
    expect(first![col('Étiquettes')]).toBe('Marcoule, chaire');
    expect(first![col('Notes')]).toBe('Ligne 1\nLigne 2; "citée"');
    expect(first![col('Opportunités ouvertes (€)')]).toBe('41600');
    expect(first![col('Archivée')]).toBe('Non');
    expect(second![col('Nom')]).toBe('\'=HYPERLINK("http://x")');
    expect(second![col('Archivée')]).toBe('Oui');
    expect(second![col('Responsable')]).toBe('');
  });

  it('uses commas on request', () => {
    expect(partnersCsv([row(1)], labels, ',').split('\r\n')[0]).toMatch(/^\uFEFFNom,SIREN,SIRET,/);
  });

  it('fetches every page of the query, in order, and reports progress', async () => {
    const all = Array.from({ length: 23 }, (_, i) => row(i));
    const asked: PartnerListQuery[] = [];
    const progress: [number, number][] = [];
    const query = { ...PartnerListQuery.parse({ sector: 'sante', sort: 'city', order: 'desc' }), page: 4, pageSize: 50 };
    const rows = await fetchAllPartners(
      query,
      (q) => {
        asked.push(q);
        const from = (q.page - 1) * q.pageSize;
        return Promise.resolve({ items: all.slice(from, from + q.pageSize), total: all.length, page: q.page, pageSize: q.pageSize });
      },
      (done, total) => progress.push([done, total]),
      10,
    );
    expect(rows.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(asked.map((q) => q.page)).toEqual([1, 2, 3]);
    expect(asked.every((q) => q.sector[0] === 'sante' && q.sort === 'city' && q.order === 'desc' && q.pageSize === 10)).toBe(true);
    expect(progress).toEqual([[10, 23], [20, 23], [23, 23]]);
  });

  it('stops on an empty page should the data shrink meanwhile', async () => {
    let calls = 0;
    const rows = await fetchAllPartners(PartnerListQuery.parse({}), () => {
      calls++;
      return Promise.resolve({ items: calls === 1 ? [row(1)] : [], total: 5, page: calls, pageSize: 1 });
    }, undefined, 1);
    expect(rows).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
