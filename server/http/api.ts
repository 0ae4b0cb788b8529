import type { Kysely } from 'kysely';
import type * as z from 'zod/mini';
import type { Permission } from '../../src/contract/auth';
import { validate } from '../../src/contract/messages-fr';
import { badRequest } from '../../src/contract/problems';
import { parseQuery } from '../../src/contract/queries';
import type { Role } from '../../src/contract/reference';
import type { Database } from '../db/schema';
import type { Dialect } from '../db/connect';
import type { AuditInput } from './audit';
import type { Memo } from './memo';

/**
 * How a route of the API is declared: its method and contract path, the permission a mutation
 * needs (reads need a signed-in account), the schemas of its query, body and answer, and a handler
 * that returns the answer's body. The server (app.ts) turns these into Fastify routes, the OpenAPI
 * document and the authorisation matrix; mutations run in one transaction with their audit record.
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Clock {
  /** The business date (ISO day) rules and figures are relative to. */
  today(): string;
  /** An ISO instant for createdAt/updatedAt. */
  now(): string;
}

export interface Ctx {
  /** The session's id when there is one (sign-out ends it). */
  sessionToken: string | undefined;
  /** In a mutation, the transaction: everything it writes commits or rolls back together. */
  db: Kysely<Database>;
  dialect: Dialect;
  user: SignedInUser;
  params: Record<string, string>;
  /** The raw search parameters (parse them with the route's query schema: `ctx.query(schema)`). */
  searchParams: URLSearchParams;
  /** The JSON body, parsed but not validated (`readBody` validates). */
  rawBody: unknown;
  clock: Clock;
  /** Records a write for the company's "Historique" (inside the mutation's transaction). */
  audit: (entry: AuditInput) => Promise<void>;
  /** The same for many records at once (an import). */
  auditMany: (entries: readonly AuditInput[]) => Promise<void>;
  /**
   * Figures kept until the next write (server/http/memo.ts): `ctx.memo(key, (db) => …)`, `key` naming
   * everything the figures depend on (the business date included), computed on the connection given
   * (on SQLite, the read worker's). Computes every time, on the transaction, in a mutation.
   */
  memo: Memo;
}

/** A non-200 answer: `created(row)` → 201, `noContent()` → 204. */
export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    /** Sign-in sets the session cookie (token + expiry); sign-out clears it (null). */
    readonly session?: { token: string; expiresAt: string } | null,
  ) {}
}
export const created = (body: unknown) => new Answer(201, body);
export const noContent = () => new Answer(204, null);

export interface ApiRoute {
  method: Method;
  /** A contract path: '/partners' or paths.partner (a function of the id). */
  path: string | ((id: string) => string);
  /** What the role must be allowed to do; null for reads open to every signed-in account. */
  permission: Permission | null;
  /** Open without an account (health, sign-in). */
  public?: boolean;
  /** Limited per client address and minute (sign-in). */
  rateLimited?: boolean;
  /** Where the session is read but not required, and no CSRF token is asked (sign-in, sign-out). */
  sessionOptional?: boolean;
  /** French one-liner, for the OpenAPI document. */
  summary: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** The answer's schema: every answer is checked against it before it leaves. */
  response?: z.ZodMiniType;
  handler: (ctx: Ctx) => Promise<unknown>;
}

const ID = '__ID__';
/** paths.partner → '/partners/:id' (Fastify's syntax). */
export function routePath(path: ApiRoute['path']): string {
  return typeof path === 'string' ? path : path(ID).replace(ID, ':id');
}

type Spec = Omit<ApiRoute, 'method' | 'path' | 'handler' | 'permission'>;
export const get = (path: ApiRoute['path'], spec: Spec, handler: ApiRoute['handler']): ApiRoute => ({ method: 'GET', path, permission: null, ...spec, handler });
const write =
  (method: Method) =>
  (path: ApiRoute['path'], permission: Permission, spec: Spec, handler: ApiRoute['handler']): ApiRoute => ({ method, path, permission, ...spec, handler });
export const post = write('POST');
export const patch = write('PATCH');
export const put = write('PUT');
export const del = write('DELETE');

/** The body validated with the contract's schema: 400 with French per-field messages otherwise. */
export function readBody<S extends z.ZodMiniType>(ctx: Ctx, schema: S, prepare: (raw: unknown) => unknown = (raw) => raw): z.infer<S> {
  if (ctx.rawBody === undefined) throw badRequest([{ field: '_', message: 'Corps de requête JSON attendu.' }], 'Corps de requête JSON attendu.');
  const result = validate(schema, prepare(ctx.rawBody));
  if (!result.ok) throw badRequest(result.errors);
  return result.data;
}

/** The search parameters through the list's schema: anything malformed falls back to its default. */
export function readQuery<S extends z.ZodMiniType>(ctx: Ctx, schema: S): z.infer<S> {
  return parseQuery(schema, ctx.searchParams);
}
