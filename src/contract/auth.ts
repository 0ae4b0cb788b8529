import * as z from 'zod/mini';
import { Id, IsoDateTime, page, RequiredText } from './primitives';
import { ROLES } from './reference';

/**
 * Accounts, sessions, permissions and the audit trail. The server signs people in with an e-mail
 * and a password (session cookie + CSRF token); the in-browser demo API has no sessions (the
 * header's picker stands in). What the first paint needs lives in session.ts, re-exported here so
 * that the server and the pages import the whole contract from one place.
 */
export * from './session';

export const SignInInput = z.object({
  email: z.string().check(z.trim(), z.minLength(1, { error: 'Champ obligatoire' }), z.maxLength(254)),
  password: z.string().check(z.minLength(1, { error: 'Champ obligatoire' }), z.maxLength(200)),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const AccountInput = z.object({
  name: RequiredText(120),
  email: z.email({ error: 'Adresse e-mail invalide' }).check(z.maxLength(254)),
  role: z.enum(ROLES),
  password: z.string().check(z.minLength(12, { error: '12 caractères au moins' }), z.maxLength(200)),
});
export type AccountInput = z.infer<typeof AccountInput>;
export const AccountPatch = z.object({
  name: z.optional(RequiredText(120)),
  role: z.optional(z.enum(ROLES)),
  password: z.optional(z.string().check(z.minLength(12, { error: '12 caractères au moins' }), z.maxLength(200))),
  active: z.optional(z.boolean()),
});

/** One recorded write: who, when, what, and each field's value before and after. */
export const AuditChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  userId: z.nullable(z.string()),
  userName: z.string(),
  action: z.enum(['create', 'update', 'delete', 'archive', 'restore', 'import']),
  /** "partner", "contact", "opportunity"… */
  entity: z.string(),
  entityId: z.string(),
  partnerId: z.nullable(z.string()),
  /** A short French label of the record ("Contact Marie Dupont"). */
  label: z.string(),
  changes: z.array(AuditChange),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = page(AuditEntry);
