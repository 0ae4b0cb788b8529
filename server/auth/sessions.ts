import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ROLES } from '../../src/contract/reference';
import type { Role } from '../../src/contract/reference';
import { prepared } from '../db/prepared';
import type { Database } from '../db/schema';
import type { SignedInUser } from '../http/api';

/**
 * Sessions live in the database (so that any instance of the server accepts them): the cookie
 * holds a random token, the table its SHA-256, the user, a CSRF token and the expiry.
 */

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface OpenSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export async function openSession(db: Kysely<Database>, userId: string, hours: number, now = new Date()): Promise<OpenSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await db.insertInto('sessions').values({ id: hash(token), userId, csrfToken, createdAt: now.toISOString(), expiresAt }).execute();
  // Expired sessions go on the way (cheap, indexed).
  await db.deleteFrom('sessions').where('expiresAt', '<', now.toISOString()).execute();
  return { token, csrfToken, expiresAt };
}

export interface FoundSession {
  id: string;
  user: SignedInUser;
  csrfToken: string;
  expiresAt: string;
}

/** Every request asks it: built once (server/db/prepared.ts). */
const sessionQuery = prepared((db: Kysely<Database>, id: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.id', 'sessions.csrfToken', 'sessions.expiresAt', 'users.id as userId', 'users.name', 'users.email', 'users.role', 'users.active'])
    .where('sessions.id', '=', id),
);

export async function findSession(db: Kysely<Database>, token: string | undefined, now = new Date()): Promise<FoundSession | null> {
  if (!token || token.length > 200) return null;
  const [row] = (await sessionQuery(db, hash(token))).rows;
  if (!row || row.expiresAt <= now.toISOString() || Number(row.active) !== 1) return null;
  const role = (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : null;
  if (!role) return null;
  return { id: row.id, csrfToken: row.csrfToken, expiresAt: row.expiresAt, user: { id: row.userId, name: row.name, email: row.email, role } };
}

export async function closeSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('id', '=', hash(token)).execute();
}

/** Signing out everywhere: a changed password or a deactivated account ends every session. */
export async function closeSessionsOf(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}
