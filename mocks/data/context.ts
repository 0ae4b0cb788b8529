import type { Contact, Partner } from '../../src/contract/entities';
import type { Sector } from '../../src/contract/reference';
import type { Rng } from './random';

/**
 * What the generator's parts share while they build the dataset: the clock, the scale, and the
 * companies indexed by stage and sector so that no part scans the whole list per row (scale 100
 * means 100,000 companies).
 */
export interface World {
  rng: Rng;
  /** Day number of the dataset's "today". */
  today: number;
  scale: number;
  partners: Partner[];
  /** E-mail/website domain of each company, by partner index. */
  domains: string[];
  active: number[];
  prospects: number[];
  dormant: number[];
  /** Active companies by sector. */
  activeBySector: Map<Sector, number[]>;
  contacts: Contact[];
  /** Contact indexes of each company, by partner index. */
  contactsOf: number[][];
}

/** Zero-padded ids that sort as they were created: 'p-00001' … ('p-100000' at scale 100). */
export function idMaker(prefix: string, count: number, minWidth: number): (n: number) => string {
  const width = Math.max(minWidth, String(count).length);
  return (n) => `${prefix}-${String(n).padStart(width, '0')}`;
}
