import * as z from 'zod/mini';
import { Id, page } from './primitives';
import { ROLES } from './reference';

/** Kept apart from entities.ts: the header needs users on every page, not every entity schema. */
export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  /** (Team server) false once an administrator deactivated the account: it cannot sign in. */
  active: z.optional(z.boolean()),
});
export type User = z.infer<typeof User>;
export const UserPage = page(User);
