import type { FieldError } from '../../src/contract/problem';
import { referenceErrors as check } from '../../src/domain/references';
import type { References } from '../../src/domain/references';
import type { Store } from '../store/database';

/** A body that names a record that does not exist is a 422 on that field (the form shows it there). */
export function referenceErrors(store: Store, refs: References): FieldError[] {
  return check(refs, (field, id) => (field === 'partnerId' ? store.partners : field === 'equipmentId' ? store.equipment : store.users).get(id) !== undefined);
}
