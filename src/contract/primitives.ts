import * as z from 'zod/mini';

/** Identifiers are opaque strings ("p-000123"); never parse them. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64));
/** Calendar dates travel as ISO "YYYY-MM-DD"; instants as full ISO date-times. */
export const IsoDate = z.iso.date({ error: 'Date attendue au format AAAA-MM-JJ' });
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Date et heure ISO attendues' });
export const Euros = z.number().check(z.minimum(0, { error: 'Le montant ne peut pas être négatif' }));
export const Count = z.int().check(z.minimum(0));
/** Free text typed by people: trimmed, bounded; it is always rendered as text, never as HTML. */
export const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: `${max} caractères au plus` }));
export const RequiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'Champ obligatoire' }), z.maxLength(max, { error: `${max} caractères au plus` }));

/** A page of a list. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    total: Count,
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/* ---- search parameters: every list's URL state is parsed with these; bad values fall back ---- */

/** An optional search parameter that falls back to undefined when it is not one of the values. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(z.optional(z.enum(values)), undefined);
/** "a,b", or the key repeated ("x=a&x=b,c"): every value split on commas alike. */
const listItems = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((s) => s.split(','));
/** A repeatable filter ("sector=a&sector=b" or "sector=a,b"): unknown values are dropped. */
export const enumList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.catch(
    z.pipe(
      z.optional(z.union([z.string(), z.array(z.string())])),
      z.transform((v) => {
        const raw = listItems(v);
        return raw.filter((x): x is T[number] => (values as readonly string[]).includes(x));
      }),
    ),
    [],
  );
export const stringList = z.catch(
  z.pipe(
    z.optional(z.union([z.string(), z.array(z.string())])),
    z.transform((v) => listItems(v).map((s) => s.trim()).filter(Boolean).slice(0, 50)),
  ),
  [],
);
export const searchText = z.catch(z.pipe(z.optional(z.string()), z.transform((v) => (v ?? '').trim().slice(0, 200))), '');
export const pageNumber = z.catch(z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)), 1), 1);
export const pageSizeNumber = (def = 50, max = 500) =>
  z.catch(z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), def), def);
export const flag = z.catch(
  z.pipe(z.optional(z.string()), z.transform((v) => v === 'true' || v === '1')),
  false,
);
export const optionalInt = (min: number, max: number) =>
  z.catch(z.optional(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max))), undefined);
export const optionalDate = z.catch(z.optional(IsoDate), undefined);
export const sortOrder = z.catch(z._default(z.enum(['asc', 'desc']), 'asc'), 'asc');
