import { beforeEach, describe } from 'vitest';
import { campaignContract } from './suite-campaigns';
import { catalogueContract } from './suite-catalogues';
import { crmContract } from './suite-crm';
import { operationsContract } from './suite-operations';
import { partnerContract } from './suite-partners';
import { statsContract } from './suite-stats';
import type { ApiTarget } from './client';

/**
 * The behaviour of the Passerelles API, independent of who implements it: the in-browser demo API
 * (MSW) today, a server later. Only `fetch` and the contract's schemas are used; every test starts
 * from the demo dataset (`reset`).
 */
export function defineApiContractSuite(name: string, target: ApiTarget): void {
  describe(`API contract — ${name}`, () => {
    beforeEach(async () => {
      await target.reset();
    });
    partnerContract(target);
    crmContract(target);
    operationsContract(target);
    campaignContract(target);
    catalogueContract(target);
    statsContract(target);
  });
}
