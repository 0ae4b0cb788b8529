import type { TaxStatus } from '@/contract/reference';

/** The message key of a pledge status ("Sollicitée", "Promise", "Versée"). */
export const statusKey = (status: TaxStatus) => `tax.status.${status}` as const;
