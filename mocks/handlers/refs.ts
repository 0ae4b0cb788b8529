import type { FieldError } from '../../src/contract/problem';
import type { Store } from '../store/database';

/** A body that names a record that does not exist is a 422 on that field (the form shows it there). */
export function referenceErrors(
  store: Store,
  refs: { partnerId?: string | null | undefined; ownerId?: string | null | undefined; authorId?: string | null | undefined; equipmentId?: string | undefined },
): FieldError[] {
  const errors: FieldError[] = [];
  if (refs.partnerId && !store.partners.get(refs.partnerId)) errors.push({ field: 'partnerId', message: 'Entreprise inconnue' });
  if (refs.ownerId && !store.users.get(refs.ownerId)) errors.push({ field: 'ownerId', message: 'Responsable inconnu' });
  if (refs.authorId && !store.users.get(refs.authorId)) errors.push({ field: 'authorId', message: 'Auteur inconnu' });
  if (refs.equipmentId && !store.equipment.get(refs.equipmentId)) errors.push({ field: 'equipmentId', message: 'Équipement inconnu' });
  return errors;
}
