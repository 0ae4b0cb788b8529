import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { AccountInput, AccountPatch, AuditPage, authPaths, ROLE_PERMISSIONS, Session, SignInInput } from '../../src/contract/auth';
import type { AuditEntry as AuditEntryType } from '../../src/contract/auth';
import { paths } from '../../src/contract/endpoints';
import { found, problem } from '../../src/contract/problems';
import { pageNumber, pageSizeNumber } from '../../src/contract/primitives';
import type { Role } from '../../src/contract/reference';
import { User } from '../../src/contract/user';
import { sortKey } from '../../src/domain/text';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { closeSession, closeSessionsOf, findSession, openSession } from '../auth/sessions';
import { num } from '../db/rows';
import { Answer, created, get, patch, post, readBody, readQuery } from '../http/api';
import type { ApiRoute, Ctx, SignedInUser } from '../http/api';

/** Sign-in, sign-out, who is signed in; accounts (administrators); the audit trail. */

const SESSION_HOURS = { value: 12 };
/** Set by the server from its configuration. */
export function configureSessions(hours: number): void {
  SESSION_HOURS.value = hours;
}

function sessionBody(user: SignedInUser, csrfToken: string, expiresAt: string): Session {
  return { user, permissions: [...ROLE_PERMISSIONS[user.role]], csrfToken, expiresAt, mode: 'server' };
}

const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

const AuditQuery = z.object({
  partnerId: z.catch(z.optional(z.string()), undefined),
  page: pageNumber,
  pageSize: pageSizeNumber(50, 500),
});

async function userById(ctx: Ctx, id: string) {
  return found(await ctx.db.selectFrom('users').select(['id', 'name', 'email', 'role', 'active']).where('id', '=', id).executeTakeFirst(), 'Compte');
}

export const authRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: authPaths.session,
    permission: null,
    sessionOptional: true,
    summary: 'Qui est connecté (401 sinon), avec ses droits et son jeton CSRF',
    response: Session,
    handler: async ({ db, sessionToken }) => {
      const session = await findSession(db, sessionToken);
      if (!session) throw problem(401, { detail: 'Vous n’êtes pas connecté.' });
      return sessionBody(session.user, session.csrfToken, session.expiresAt);
    },
  },
  {
    method: 'POST',
    path: authPaths.session,
    permission: null,
    public: true,
    rateLimited: true,
    summary: 'Connexion par e-mail et mot de passe (cookie de session HttpOnly, SameSite=Strict)',
    body: SignInInput,
    response: Session,
    handler: async (ctx) => {
      const input = readBody(ctx, SignInInput);
      const row = await ctx.db
        .selectFrom('users')
        .select(['id', 'name', 'email', 'role', 'active', 'passwordHash'])
        .where('email', '=', input.email.trim().toLowerCase())
        .executeTakeFirst();
      const ok = await verifyPassword(input.password, row?.passwordHash ?? null);
      if (!row || !ok || num(row.active) !== 1) throw problem(401, { detail: BAD_CREDENTIALS });
      const user: SignedInUser = { id: row.id, name: row.name, email: row.email, role: row.role as Role };
      const opened = await openSession(ctx.db, user.id, SESSION_HOURS.value);
      return new Answer(200, sessionBody(user, opened.csrfToken, opened.expiresAt), { token: opened.token, expiresAt: opened.expiresAt });
    },
  },
  {
    method: 'DELETE',
    path: authPaths.session,
    permission: null,
    sessionOptional: true,
    summary: 'Déconnexion : la session est supprimée côté serveur',
    handler: async ({ db, sessionToken }) => {
      await closeSession(db, sessionToken);
      return new Answer(204, null, null);
    },
  },

  post(paths.users, 'accounts', { summary: 'Crée un compte (administrateurs)', body: AccountInput, response: User }, async (ctx) => {
    const input = readBody(ctx, AccountInput);
    const email = input.email.toLowerCase();
    const taken = await ctx.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw problem(409, { detail: 'Un compte existe déjà avec cette adresse e-mail.', conflictId: taken.id, errors: [{ field: 'email', message: 'Adresse déjà utilisée' }] });
    const id = `u-${randomUUID()}`;
    const account = { id, name: input.name, email, role: input.role, active: true };
    await ctx.db
      .insertInto('users')
      .values({ ...account, nameKey: sortKey(input.name), passwordHash: await hashPassword(input.password), active: 1, createdAt: ctx.clock.now() })
      .execute();
    await ctx.audit({ action: 'create', entity: 'user', entityId: id, partnerId: null, label: `Compte ${input.name}`, after: account });
    return created(account);
  }),

  patch(authPaths.account, 'accounts', { summary: 'Modifie un compte : nom, rôle, mot de passe, actif (administrateurs)', body: AccountPatch, response: User }, async (ctx) => {
    const input = readBody(ctx, AccountPatch);
    const current = await userById(ctx, ctx.params.id!);
    if (current.id === ctx.user.id && (input.active === false || (input.role && input.role !== 'admin'))) {
      throw problem(422, { detail: 'Vous ne pouvez pas retirer vos propres droits d’administrateur.' });
    }
    const set: Record<string, unknown> = {};
    if (input.name !== undefined) Object.assign(set, { name: input.name, nameKey: sortKey(input.name) });
    if (input.role !== undefined) set.role = input.role;
    if (input.active !== undefined) set.active = input.active ? 1 : 0;
    if (input.password !== undefined) set.passwordHash = await hashPassword(input.password);
    if (Object.keys(set).length) await ctx.db.updateTable('users').set(set).where('id', '=', current.id).execute();
    // A new password, a new role or a deactivation ends the account's sessions.
    if (input.password !== undefined || input.active === false || input.role !== undefined) await closeSessionsOf(ctx.db, current.id);
    const after = await userById(ctx, current.id);
    const before = { name: current.name, role: current.role, active: num(current.active) === 1 };
    await ctx.audit({
      action: 'update',
      entity: 'user',
      entityId: current.id,
      partnerId: null,
      label: `Compte ${after.name}`,
      before: input.password !== undefined ? { ...before, password: '•' } : before,
      after: { name: after.name, role: after.role, active: num(after.active) === 1, ...(input.password !== undefined ? { password: '••' } : {}) },
    });
    return { id: after.id, name: after.name, email: after.email, role: after.role as Role, active: num(after.active) === 1 };
  }),

  get(authPaths.audit, { summary: 'Historique des modifications (d’une entreprise avec partnerId), du plus récent au plus ancien', query: AuditQuery, response: AuditPage }, async (ctx) => {
    const q = readQuery(ctx, AuditQuery);
    let base = ctx.db.selectFrom('audit');
    if (q.partnerId) base = base.where('partnerId', '=', q.partnerId);
    const [rows, total] = await Promise.all([
      base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    ]);
    const items: AuditEntryType[] = rows.map((r) => ({
      id: r.id, at: r.at, userId: r.userId, userName: r.userName, action: r.action as AuditEntryType['action'], entity: r.entity,
      entityId: r.entityId, partnerId: r.partnerId, label: r.label, changes: JSON.parse(r.changes) as AuditEntryType['changes'],
    }));
    return { items, total: num(total?.n), page: q.page, pageSize: q.pageSize };
  }),
];
