import { describe, expect, it } from 'vitest';
import { ContactPage, ImportResult, PartnerPage, TaxPledgePage, TaxPledgeRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { apiClient, expectOk, expectProblem, freshSiren, partnerInput } from './client';
import type { ApiTarget } from './client';

export function campaignContract(target: ApiTarget) {
  const api = apiClient(target);
  const search = async (q: string) => expectOk(await api.get(paths.partners, { q, pageSize: 100 }), PartnerPage);

  describe('CSV import (all or nothing)', () => {
    const rows = () => [
      { partner: partnerInput({ name: 'Import Alpha Hydrogène', siren: freshSiren(101), sector: 'hydrogene' }), contacts: [{ firstName: 'Lina', lastName: 'Importée', role: '', email: 'lina@alpha.example', phone: '', isTutor: false }] },
      { partner: partnerInput({ name: 'Import Beta Nucléaire', siren: freshSiren(102), sector: 'nucleaire', department: '30' }) },
    ];

    it('writes nothing when one row is invalid, and names the row and field', async () => {
      const bad = rows();
      bad[1]!.partner = partnerInput({ name: 'Import Beta Nucléaire', siren: '200034529' });
      const problem = expectProblem(await api.post(paths.partnersImport, { rows: bad, onDuplicate: 'skip' }), 422);
      expect(problem.errors).toContainEqual({ field: 'rows.1.siren', message: 'SIREN invalide : la clé de contrôle ne correspond pas' });
      expect(problem.errors?.every((e) => e.field.startsWith('rows.1.'))).toBe(true);
      expect((await search('import alpha')).total).toBe(0);

      const shapeless = rows();
      (shapeless[0]!.partner as Record<string, unknown>).sector = 'inconnu';
      const p2 = expectProblem(await api.post(paths.partnersImport, { rows: shapeless }), 422);
      expect(p2.errors?.map((e) => e.field)).toContain('rows.0.sector');
      expect((await search('import beta')).total).toBe(0);
    });

    it('writes everything when all rows are valid; a re-import skips or updates by SIREN', async () => {
      expect(expectOk(await api.post(paths.partnersImport, { rows: rows(), onDuplicate: 'skip' }), ImportResult)).toEqual({ created: 2, updated: 0, skipped: 0 });
      const alpha = (await search('import alpha')).items[0]!;
      expect(alpha.sector).toBe('hydrogene');
      expect(expectOk(await api.get(paths.contacts, { partnerId: alpha.id }), ContactPage).items.map((c) => c.lastName)).toEqual(['Importée']);

      const total = (await search('import')).total;
      expect(expectOk(await api.post(paths.partnersImport, { rows: rows(), onDuplicate: 'skip' }), ImportResult)).toEqual({ created: 0, updated: 0, skipped: 2 });
      expect((await search('import')).total).toBe(total);
      expect(expectOk(await api.get(paths.partner(alpha.id)), PartnerRow).version).toBe(alpha.version);

      const changed = rows();
      changed[0]!.partner = { ...changed[0]!.partner, city: 'Bagnols-sur-Cèze' };
      expect(expectOk(await api.post(paths.partnersImport, { rows: changed, onDuplicate: 'update' }), ImportResult)).toEqual({ created: 0, updated: 2, skipped: 0 });
      expect(expectOk(await api.get(paths.partner(alpha.id)), PartnerRow).city).toBe('Bagnols-sur-Cèze');
      expect(expectOk(await api.get(paths.contacts, { partnerId: alpha.id }), ContactPage).total).toBe(1);
    });

    it('refuses the same SIREN twice in one file, and an empty file', async () => {
      const twice = rows();
      twice[1]!.partner = { ...twice[1]!.partner, siren: twice[0]!.partner.siren };
      const problem = expectProblem(await api.post(paths.partnersImport, { rows: twice }), 422);
      expect(problem.errors?.map((e) => e.field)).toEqual(['rows.1.siren']);
      expectProblem(await api.post(paths.partnersImport, { rows: [] }), 400);
    });
  });

  describe('apprenticeship-tax pledges', () => {
    it('creates one pledge per company and campaign, then follows it to received', async () => {
      const partner = expectOk(await api.post(paths.partners, partnerInput({ name: 'Mécénat Taxe Témoin' })), PartnerRow, 201);
      const pledge = expectOk(await api.post(paths.taxPledges, { partnerId: partner.id, year: 2031, amount: 4_500, status: 'approached' }), TaxPledgeRow, 201);
      const duplicate = expectProblem(await api.post(paths.taxPledges, { partnerId: partner.id, year: 2031, amount: 1, status: 'pledged' }), 409);
      expect(duplicate.conflictId).toBe(pledge.id);
      const received = expectOk(await api.patch(paths.taxPledge(pledge.id), { status: 'received', amount: 5_000, version: pledge.version }), TaxPledgeRow);
      expect(received).toMatchObject({ status: 'received', amount: 5_000, version: pledge.version + 1 });
      expectProblem(await api.patch(paths.taxPledge(pledge.id), { status: 'pledged', version: pledge.version }), 409);
      const listed = expectOk(await api.get(paths.taxPledges, { year: 2031, status: 'received', q: 'mecenat taxe' }), TaxPledgePage);
      expect(listed.items.map((t) => t.id)).toEqual([pledge.id]);
      expect(expectOk(await api.get(paths.partner(partner.id)), PartnerRow).kinds).toContain('tax');
    });
  });
}
