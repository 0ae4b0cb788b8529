/**
 * A body that names a record that does not exist is a 422 on that field (the form shows it there).
 * Both implementations of the API say it the same way; each one tells whether a record exists.
 */

/** A message for one field of a request (the contract's FieldError; the domain does not import the contract). */
export interface FieldMessage {
  field: string;
  message: string;
}

export interface References {
  partnerId?: string | null | undefined;
  ownerId?: string | null | undefined;
  authorId?: string | null | undefined;
  equipmentId?: string | undefined;
}
export type ReferenceField = keyof References;

export const UNKNOWN_REFERENCE: Record<ReferenceField, string> = {
  partnerId: 'Entreprise inconnue',
  ownerId: 'Responsable inconnu',
  authorId: 'Auteur inconnu',
  equipmentId: 'Équipement inconnu',
};

const ORDER: readonly ReferenceField[] = ['partnerId', 'ownerId', 'authorId', 'equipmentId'];

/** One error per named record that does not exist, in a stable order; empty ids name nothing. */
export function referenceErrors(refs: References, exists: (field: ReferenceField, id: string) => boolean): FieldMessage[] {
  const errors: FieldMessage[] = [];
  for (const field of ORDER) {
    const id = refs[field];
    if (id && !exists(field, id)) errors.push({ field, message: UNKNOWN_REFERENCE[field] });
  }
  return errors;
}
