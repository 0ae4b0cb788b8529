import * as z from 'zod/mini';
import { IsoDateTime } from './primitives';
import type { Role } from './reference';
import { User } from './user';

/**
 * What the app needs of accounts from its first paint: the session, what a role may change, and
 * how the session travels (cookie, CSRF header). The rest of the accounts contract (sign-in,
 * account and audit schemas, see auth.ts) loads with the pages that use it.
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

/**
 * The server's answer to GET/POST /session. The in-browser demo API has no sessions: the app
 * builds the same shape for the person picked in the header (mode "demo").
 */
export const Session = z.object({
  user: User,
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  expiresAt: IsoDateTime,
  /** "demo": the in-browser API, no password; "server": a real account. */
  mode: z.enum(['demo', 'server']),
});
export type Session = z.infer<typeof Session>;

export const authPaths = {
  session: '/session',
  audit: '/audit',
  account: (id: string) => `/users/${encodeURIComponent(id)}`,
} as const;
