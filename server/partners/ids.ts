import { randomBytes } from 'node:crypto';

/**
 * Ids of records created by the server: "p-" + time (base 36) + a random tail. The generator's ids
 * are numbered ("p-00123"); base-36 time starts with a letter, so a new id sorts after every
 * generated one and after the ids made before it. Lists whose rows keep their order of creation
 * (duplicates, a company's interactions on the same day) sort on `id` and stay the in-browser API's
 * order. Unique across server instances without a shared counter.
 */
let lastMillis = 0;

export function newId(prefix: string): string {
  // Several ids in the same millisecond (an import) still increase: the clock is borrowed ahead.
  lastMillis = Math.max(Date.now(), lastMillis + 1);
  return `${prefix}-${lastMillis.toString(36)}${randomBytes(4).toString('hex')}`;
}
