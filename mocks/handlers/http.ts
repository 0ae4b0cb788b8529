import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type * as z from 'zod/mini';
import { API_BASE } from '../../src/contract/endpoints';
import { validate } from '../../src/contract/messages-fr';
import { PROBLEM_CONTENT_TYPE } from '../../src/contract/problem';
import type { Problem } from '../../src/contract/problem';
import { ApiProblem, badRequest, malformedJson, PROBLEM_TITLES } from '../../src/contract/problems';

import { getLatency } from '../store/config';
import { getStore, whenSaved } from '../store/store';
import type { Store } from '../store/database';

export { ApiProblem, badRequest, checkVersion, found, notFound, pageOf, problem, unprocessable, wholeList } from '../../src/contract/problems';

/**
 * The plumbing every handler shares: routes on any origin, the simulated latency, and errors as
 * RFC 9457 problem details. A handler throws an ApiProblem; the route turns it into the response.
 */

export function problemResponse(p: Problem): Response {
  return new HttpResponse(JSON.stringify(p), { status: p.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

const utf8 = new TextEncoder();

/**
 * A JSON answer, as MSW's `HttpResponse.json` makes it but for its Content-Length, which it
 * measures with `new Blob([text]).size`: a Blob is registered with the browser process, ~3 ms per
 * 50-row page on the main thread (the demo API's answers are part of every list's response time).
 */
export function json(body: unknown, status = 200): Response {
  const text = JSON.stringify(body) as string | undefined;
  const headers = { 'Content-Type': 'application/json', 'Content-Length': String(text ? utf8.encode(text).byteLength : 0) };
  return new HttpResponse(text ?? null, { status, headers });
}
export const noContent = (): Response => new HttpResponse(null, { status: 204 });

/** The request body as JSON; a malformed one is a 400 like any server's. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformedJson();
  }
}

/** The body validated with the contract's schema (400 with French per-field messages otherwise). */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S, prepare: (raw: unknown) => unknown = (raw) => raw): Promise<z.infer<S>> {
  const result = validate(schema, prepare(await readJson(request)));
  if (!result.ok) throw badRequest(result.errors);
  return result.data;
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
      return problemResponse({ type: 'about:blank', title: PROBLEM_TITLES[500]!, status: 500, detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

