import type { Kysely } from 'kysely';
import type { FieldError } from '../../src/contract/problem';
import { unprocessable } from '../../src/contract/problems';
import { referenceErrors } from '../../src/domain/references';
import type { ReferenceField, References } from '../../src/domain/references';
import type { Database } from '../db/schema';

/** Where each kind of reference points. */
const TABLES: Record<ReferenceField, 'partners' | 'users' | 'equipment'> = {
  partnerId: 'partners',
  ownerId: 'users',
  authorId: 'users',
  equipmentId: 'equipment',
};

/** The 422 errors of a body naming records that do not exist (src/domain/references), looked up by id. */
export async function missingReferences(db: Kysely<Database>, refs: References): Promise<FieldError[]> {
  const known = new Set<string>();
  for (const field of Object.keys(TABLES) as ReferenceField[]) {
    const id = refs[field];
    if (!id) continue;
    const row = await db.selectFrom(TABLES[field]).select('id').where('id', '=', id).executeTakeFirst();
    if (row) known.add(`${field}:${id}`);
  }
  return referenceErrors(refs, (field, id) => known.has(`${field}:${id}`));
}

/** Throws the 422 when there are errors. */
export function refuseIfAny(errors: readonly FieldError[]): void {
  if (errors.length) throw unprocessable([...errors]);
}
