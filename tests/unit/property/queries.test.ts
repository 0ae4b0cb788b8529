import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, queryToSearchParams } from '@/contract/queries';
import { hostileEntries, hostileQueryString, paramsOf, QUERY_CASES } from './query-domains';
import type { Domain } from './query-domains';

/**
 * Every list's URL state (the same schemas parse the app's URL and the API's query): whatever the
 * address bar holds, parsing never throws and every value lands inside its field's domain, so a
 * hand-edited or truncated link shows a list, never an error screen.
 */

function expectInDomain(result: Record<string, unknown>, domain: Domain) {
  for (const key of Object.keys(result)) expect(domain, `unexpected key ${JSON.stringify(key)}`).toHaveProperty([key]);
  for (const [key, field] of Object.entries(domain)) {
    expect(field.check(result[key]), `${key} = ${JSON.stringify(result[key])}`).toBe(true);
  }
}

const defaultsOf = (schema: (typeof QUERY_CASES)[number]['schema']) => parseQuery(schema, new URLSearchParams()) as Record<string, unknown>;
/** "" and an absent value mean the same to every list (no filter): the URL leaves both out. */
const blankAsAbsent = (q: Record<string, unknown>) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== ''));

describe.each(QUERY_CASES)('$name from the URL (property)', ({ schema, domain }) => {
  it('parses any query string into values of its domain', () => {
    fc.assert(
      fc.property(hostileQueryString(domain), (raw) => {
        expectInDomain(parseQuery(schema, new URLSearchParams(raw)), domain);
      }),
      { numRuns: 300 },
    );
  });

  it('parses any key/value pairs — its own keys, repeated, with garbage — into values of its domain', () => {
    fc.assert(
      fc.property(hostileEntries(domain), (entries) => {
        expectInDomain(parseQuery(schema, paramsOf(entries)), domain);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores keys it does not know: the defaults stay', () => {
    const defaults = defaultsOf(schema);
    expectInDomain(defaults, domain);
    const foreign = fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })), { maxLength: 6 }).map((e) => e.filter(([k]) => !(k in domain)));
    fc.assert(
      fc.property(foreign, (entries) => {
        expect(parseQuery(schema, paramsOf(entries))).toEqual(defaults);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back any state the UI writes to the URL (queryToSearchParams → parseQuery)', () => {
    const defaults = defaultsOf(schema);
    const state = fc.record(Object.fromEntries(Object.entries(domain).map(([k, f]) => [k, f.valid])));
    fc.assert(
      fc.property(state, (s) => {
        const back = parseQuery(schema, new URLSearchParams(queryToSearchParams(s, defaults).toString()));
        expect(blankAsAbsent(back)).toEqual(blankAsAbsent(s));
      }),
      { numRuns: 200 },
    );
  });

  it('is stable: a parsed URL written back and parsed again shows the same list', () => {
    const defaults = defaultsOf(schema);
    fc.assert(
      fc.property(hostileEntries(domain), (entries) => {
        const once = parseQuery(schema, paramsOf(entries));
        const twice = parseQuery(schema, queryToSearchParams(once, defaults));
        expect(blankAsAbsent(twice)).toEqual(blankAsAbsent(once));
      }),
      // Found by this property: an empty value next to a comma list ("owner=&owner=a,b").
      { numRuns: 300, examples: 'owner' in domain ? [[[['owner', ''], ['owner', 'u-1,u-2']]]] : [] },
    );
  });

  const lists = Object.entries(domain).filter(([, f]) => f.list);
  if (lists.length) it('reads a list the same as one comma list, as a repeated key, or a mix of both', () => {
    const listCase = fc.constantFrom(...lists).chain(([key, field]) =>
      fc.tuple(fc.constant(key), field.valid as fc.Arbitrary<unknown[]>).chain(([k, items]) =>
        // Cut the items into groups: each group one "k=a,b" pair.
        fc.array(fc.boolean(), { minLength: items.length, maxLength: items.length }).map((cuts) => {
          const groups: string[][] = [];
          items.forEach((item, i) => (i === 0 || cuts[i] ? groups.push([String(item)]) : groups.at(-1)!.push(String(item))));
          return { key: k, items, entries: groups.map((g): [string, string] => [k, g.join(',')]) };
        }),
      ),
    );
    fc.assert(
      fc.property(listCase, ({ key, items, entries }) => {
        expect((parseQuery(schema, paramsOf(entries)) as Record<string, unknown>)[key]).toEqual(items);
      }),
      { numRuns: 200 },
    );
  });
});
