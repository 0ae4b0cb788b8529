import type * as z from 'zod/mini';
import { CSRF_HEADER, authPaths } from '@/contract/session';
import { API_BASE } from '@/contract/endpoints';
import { Problem } from '@/contract/problem';
import type { FieldError } from '@/contract/problem';

/**
 * The one HTTP client of the app. It never knows which implementation answers (the in-browser
 * demo API or a server): main.tsx decides that once, by configuring the base URL.
 */

let baseUrl = API_BASE;
let ready: Promise<unknown> = Promise.resolve();
/** Called once at start-up (server mode sets an absolute URL). */
export function configureApiBase(url: string) {
  baseUrl = url.replace(/\/$/, '');
}
/**
 * Requests wait for this before leaving: the in-browser API starts while the shell paints its
 * skeletons, instead of the whole page waiting for it.
 */
export function setApiReady(promise: Promise<unknown>) {
  ready = promise;
}

/**
 * What the client needs of the session on a server: its CSRF token, read when a mutation leaves
 * (so the token is never out of step with the session the app holds), and who to tell when the
 * server says the session is gone (expired, signed out elsewhere), so that the sign-in page shows
 * instead of a page of errors. The session provider links it once; the demo has none.
 */
export interface SessionLink {
  csrfToken: () => string | null;
  onUnauthorized: () => void;
}
let sessionLink: SessionLink | null = null;
export function linkSession(link: SessionLink | null) {
  sessionLink = link;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
  /** 0 = the request never reached an answer (offline, dropped connection). */
  get isNetwork() {
    return this.status === 0;
  }
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  // Absolute so that it also works where there is no document base (Node tests).
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  const url = new URL(baseUrl + path, origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function headersFor(method: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  const csrfToken = method === 'GET' ? null : sessionLink?.csrfToken();
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  return headers;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  await ready;
  const method = opts.method ?? 'GET';
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers: headersFor(method, opts.body !== undefined),
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, null, 'network');
  }
  if (!res.ok) {
    let problem: Problem | null = null;
    try {
      const parsed = Problem.safeParse(await res.json());
      if (parsed.success) problem = parsed.data;
    } catch {
      // A body that is not a problem document still yields an error with its status.
    }
    // The session endpoint answers 401 for "not signed in" and "wrong password": its callers decide.
    if (res.status === 401 && path !== authPaths.session) sessionLink?.onUnauthorized();
    throw new ApiError(res.status, problem);
  }
  return res;
}

/** Sends a request and parses the answer with the contract's schema. */
export async function request<S extends z.ZodMiniType>(schema: S, path: string, opts: RequestOptions = {}): Promise<z.infer<S>> {
  const res = await send(path, opts);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ApiError(res.status, null, 'malformed');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, null, 'malformed');
  return parsed.data;
}

/** For answers without a body (204). */
export async function requestVoid(path: string, opts: RequestOptions = {}): Promise<void> {
  await send(path, opts);
}
