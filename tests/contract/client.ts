import * as z from 'zod/mini';
import { API_BASE } from '../../src/contract/endpoints';
import { PROBLEM_CONTENT_TYPE, Problem } from '../../src/contract/problem';
import { luhnCheckDigit } from '../../src/domain/identifiers';

/** What the contract suite needs of an API implementation: where it is, and how to start it afresh. */
export type ApiTarget = {
  baseUrl: string;
  reset: () => Promise<void> | void;
  /** What every request carries (a server's session cookie and CSRF token). */
  headers?: (method: string) => Record<string, string>;
};

export type Reply = { status: number; contentType: string; body: unknown };

type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

/** Plain fetch, so the same suite runs against the in-browser API and a real server. */
export function apiClient(target: ApiTarget) {
  const url = (path: string, query: Query = {}) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      if (typeof v === 'object') for (const x of v) params.append(k, String(x));
      else params.set(k, String(v));
    }
    const qs = params.toString();
    return `${target.baseUrl}${API_BASE}${path}${qs ? `?${qs}` : ''}`;
  };

  async function send(method: string, path: string, body?: unknown, query?: Query, rawBody?: string): Promise<Reply> {
    const init: RequestInit = { method, headers: { Accept: 'application/json', ...target.headers?.(method) } };
    if (body !== undefined || rawBody !== undefined) {
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      init.body = rawBody ?? JSON.stringify(body);
    }
    const res = await fetch(url(path, query), init);
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    return { status: res.status, contentType, body: text ? (JSON.parse(text) as unknown) : null };
  }

  return {
    get: (path: string, query?: Query) => send('GET', path, undefined, query),
    post: (path: string, body?: unknown) => send('POST', path, body ?? {}),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    del: (path: string) => send('DELETE', path),
    raw: (method: string, path: string, rawBody: string) => send(method, path, undefined, undefined, rawBody),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

/** Asserts an RFC 9457 answer and returns it parsed. */
export function expectProblem(reply: Reply, status: number): Problem {
  if (reply.status !== status) throw new Error(`Expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  if (!reply.contentType.includes(PROBLEM_CONTENT_TYPE)) throw new Error(`Expected ${PROBLEM_CONTENT_TYPE}, got "${reply.contentType}"`);
  return Problem.parse(reply.body);
}

/** Asserts the status and parses the body with the contract's schema: the answer must be what the contract says. */
export function expectOk<S extends z.ZodMiniType>(reply: Reply, schema: S, status = 200): z.infer<S> {
  if (reply.status !== status) throw new Error(`Expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return z.parse<S>(schema, reply.body);
}

/** A valid SIREN no generated company is likely to have: "9" + 7 digits from `n` + the Luhn key. */
export function freshSiren(n: number): string {
  const base = `9${String(n).padStart(7, '0')}`;
  return `${base}${luhnCheckDigit(base)}`;
}

export function siretOf(siren: string, nic = '0001'): string {
  const base = `${siren}${nic}`;
  return `${base}${luhnCheckDigit(base)}`;
}

/** A complete company as a form would send it. */
export function partnerInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Fonderies Cévenoles d’Essai',
    siren: null,
    siret: null,
    nafCode: '24.10Z',
    sector: 'materiaux',
    department: '30',
    city: 'Alès',
    sizeBand: 'pme',
    stage: 'prospect',
    ownerId: null,
    partnerSince: null,
    tags: ['forum-2026'],
    website: null,
    notes: '',
    ...overrides,
  };
}
