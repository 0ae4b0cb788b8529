import * as z from 'zod/mini';
import { Id, IsoDateTime, page, RequiredText } from './primitives';
import { ROLES } from './reference';
import type { Role } from './reference';
import { User } from './user';

/**
 * Accounts, sessions, permissions and the audit trail. The server signs people in with an e-mail
 * and a password (session cookie + CSRF token); the in-browser demo API answers the same session
 * endpoint with the account chosen in the header's picker.
 */

/** What a role may change; everybody signed in reads everything. */
export const PERMISSIONS = [
  /** Companies, contacts, interactions, opportunities, tasks, tax, events, start-ups, academic partners. */
  'crm',
  /** Equipment, maintenance windows, bookings. */
  'equipment',
  /** Apprenticeship contracts. */
  'contracts',
  /** Accounts and the demo reset. */
  'accounts',
  /** CSV exports. */
  'export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['crm', 'equipment', 'contracts', 'accounts', 'export'],
  'business-developer': ['crm', 'export'],
  'platform-manager': ['equipment', 'export'],
  'apprenticeship-office': ['contracts', 'export'],
  director: ['export'],
};

export const can = (role: Role | undefined | null, permission: Permission): boolean => !!role && ROLE_PERMISSIONS[role].includes(permission);

/** The CSRF token travels back in this header on every mutation. */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'passerelles_session';

export const Session = z.object({
  user: User,
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  expiresAt: IsoDateTime,
  /** "demo": the in-browser API, no password; "server": a real account. */
  mode: z.enum(['demo', 'server']),
});
export type Session = z.infer<typeof Session>;

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

export const authPaths = {
  session: '/session',
  audit: '/audit',
  account: (id: string) => `/users/${encodeURIComponent(id)}`,
} as const;
