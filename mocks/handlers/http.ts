import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type * as z from 'zod/mini';
import { API_BASE } from '../../src/contract/endpoints';
import { validate } from '../../src/contract/messages-fr';
import { PROBLEM_CONTENT_TYPE } from '../../src/contract/problem';
import type { FieldError, Problem } from '../../src/contract/problem';
import { getLatency } from '../store/config';
import { getStore, whenSaved } from '../store/store';
import type { Store } from '../store/database';

/**
 * The plumbing every handler shares: routes on any origin, the simulated latency, and errors as
 * RFC 9457 problem details. A handler throws an ApiProblem; the route turns it into the response.
 */

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  404: 'Ressource introuvable',
  409: 'Conflit',
  422: 'Règle métier non respectée',
  500: 'Erreur interne',
};

export function problem(status: number, fields: Omit<Problem, 'type' | 'title' | 'status'> & { title?: string } = {}): ApiProblem {
  return new ApiProblem({ type: 'about:blank', title: fields.title ?? TITLES[status] ?? 'Erreur', status, ...fields });
}

export const badRequest = (errors: FieldError[], detail = 'Certains champs ne sont pas valides.') => problem(400, { detail, errors });
export const unprocessable = (errors: FieldError[], detail = errors[0]?.message ?? 'La demande ne respecte pas les règles métier.') =>
  problem(422, { detail, errors });
export const notFound = (what: string) => problem(404, { detail: `${what} introuvable.` });

export function problemResponse(p: Problem): Response {
  return new HttpResponse(JSON.stringify(p), { status: p.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

export const json = (body: unknown, status = 200): Response => HttpResponse.json(body as Record<string, unknown>, { status });
export const noContent = (): Response => new HttpResponse(null, { status: 204 });

/** The request body as JSON; a malformed one is a 400 like any server's. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest([{ field: '_', message: 'Le corps de la requête n’est pas du JSON valide.' }], 'Le corps de la requête n’est pas du JSON valide.');
  }
}

/** The body validated with the contract's schema (400 with French per-field messages otherwise). */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S, prepare: (raw: unknown) => unknown = (raw) => raw): Promise<z.infer<S>> {
  const result = validate(schema, prepare(await readJson(request)));
  if (!result.ok) throw badRequest(result.errors);
  return result.data;
}

/** A stale `version` means someone else saved in between: refuse rather than overwrite their change. */
export function checkVersion(current: { id: string; version: number }, version: number | undefined): void {
  if (version !== undefined && version !== current.version) {
    throw problem(409, {
      detail: `Cet enregistrement a été modifié entre-temps (version ${current.version}, vous aviez la version ${version}). Rechargez-le avant d'enregistrer.`,
      conflictId: current.id,
    });
  }
}

export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}

export type Ctx = { request: Request; params: Record<string, string>; url: URL; store: Store };
type Resolver = (ctx: Ctx) => Response | Promise<Response>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const ID = 'IDPARAM';
/** `paths.partner` → "*\/api/partners/:id": the contract's own paths, on any origin. */
export function pattern(path: string | ((id: string) => string)): string {
  const p = typeof path === 'string' ? path : path(ID).replace(ID, ':id');
  return `*${API_BASE}${p}`;
}

export function route(method: Method, path: string | ((id: string) => string), resolve: Resolver): RequestHandler {
  return http[method](pattern(path), async ({ request, params }) => {
    const ms = getLatency();
    if (ms > 0) await delay(ms);
    try {
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v)]));
      const response = await resolve({ request, params: flat, url: new URL(request.url), store: getStore() });
      // A success is only reported once the change is durable in the browser's copy.
      if (method !== 'get') await whenSaved();
      return response;
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error.problem);
      return problemResponse({ type: 'about:blank', title: TITLES[500]!, status: 500, detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** A page of an already filtered and sorted list. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; total: number; page: number; pageSize: number } {
  const from = (page - 1) * pageSize;
  return { items: items.slice(from, from + pageSize), total: items.length, page, pageSize };
}

/** The unpaginated lists answer the same shape: everything on page 1. */
export function wholeList<T>(items: T[]): { items: T[]; total: number; page: number; pageSize: number } {
  return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
}
