/**
 * A change as a PATCH sends it: only the fields it names are set; the others stay as they are.
 * (A JSON body cannot say `undefined`, but a parsed one may carry the key.)
 */
export function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
}
