import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController } from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, CSRF_HEADER, SESSION_COOKIE } from '../src/contract/auth';
import { API_BASE } from '../src/contract/endpoints';
import { PROBLEM_CONTENT_TYPE } from '../src/contract/problem';
import type { Problem } from '../src/contract/problem';
import { ApiProblem, malformedJson, PROBLEM_TITLES, problem } from '../src/contract/problems';
import type { ServerConfig } from './config';
import type { Db } from './db/connect';
import { findSession } from './auth/sessions';
import { Answer, routePath } from './http/api';
import type { ApiRoute, Clock, Ctx } from './http/api';
import { recordAudit, recordAudits } from './http/audit';
import { checkAnswer } from './http/checked';
import { makeClock } from './http/clock';
import { MemoCache, memoless } from './http/memo';
import type { Memo } from './http/memo';
import { bumpDataVersion, readDataVersion } from './db/version';
import { apiRoutes } from './routes';
import { openApiDocument } from './openapi';

/**
 * The server: the API of src/contract over the database, the built app with its security headers,
 * and the OpenAPI document. `buildServer` does not listen (tests inject or listen on port 0).
 */

export interface ServerOptions {
  config: ServerConfig;
  database: Db;
  /** Structured logs (tests turn them off). */
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Db;
    clock: Clock;
  }
}

function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(p));
}

/** The Content-Security-Policy of the app: its own scripts only, no inline script, no framing. */
const CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // React and Recharts set style attributes; no inline <style> or script is needed otherwise.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** What the security headers say (helmet's options): HSTS only when served over HTTPS. */
export const helmetOptions = (hsts: boolean) => ({
  contentSecurityPolicy: CSP,
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
  crossOriginEmbedderPolicy: false,
  hsts,
});

/**
 * The security headers, as helmet writes them for our options. The plugin would rebuild its
 * middleware (the CSP text included) on every request; the headers do not depend on the request,
 * so they are asked of helmet once, from a throwaway instance, and set by one hook.
 */
async function securityHeaders(hsts: boolean): Promise<[string, string | number | readonly string[]][]> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, helmetOptions(hsts));
  let headers: [string, string | number | readonly string[]][] = [];
  probe.get('/', (_request, reply) => {
    headers = Object.entries(reply.raw.getHeaders()).flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const]));
    return reply.send('');
  });
  await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  if (!headers.length) throw new Error('helmet set no header');
  return headers;
}

export async function buildServer({ config, database, logger = true }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] }
      : false,
    bodyLimit: config.bodyLimit,
    // An absurdly long id is an unknown id (404 problem), not a 414 without a problem document.
    routerOptions: { maxParamLength: 2048 },
    trustProxy: true,
    // One line per request only when debugging: under load the log would cost more than the answer.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
  });
  app.decorate('database', database);
  app.decorate('clock', makeClock(config.today));

  await app.register(fastifyCookie);
  const security = await securityHeaders(config.secureCookies);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of security) reply.raw.setHeader(name, value);
    done();
  });
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new ApiProblem({
        type: 'about:blank',
        title: PROBLEM_TITLES[429]!,
        status: 429,
        detail: `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
      }),
  });

  // JSON bodies: a malformed one is a 400 problem like the in-browser API's, not Fastify's own error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/problem+json'], { parseAs: 'string' }, (_req, body: string, done) => {
    let parsed: unknown;
    try {
      parsed = body === '' ? undefined : JSON.parse(body);
    } catch {
      return done(malformedJson(), undefined);
    }
    // JSON can only carry a NUL escaped: without "\u0000" in the text, there is none to drop.
    done(null, body.includes('\\u0000') ? withoutNul(parsed) : parsed);
  });

  app.setErrorHandler((error: FastifyError | ApiProblem, request, reply) => {
    if (error instanceof ApiProblem) return sendProblem(reply, error.problem);
    const status = error.statusCode ?? 500;
    if (status === 413) return sendProblem(reply, problem(413, { detail: `Le corps de la requête dépasse ${Math.round(config.bodyLimit / 1024)} Kio.` }).problem);
    if (status === 415) return sendProblem(reply, problem(415, { detail: 'Le corps de la requête doit être du JSON (Content-Type: application/json).' }).problem);
    if (status === 429) return sendProblem(reply, problem(429, { detail: error.message }).problem);
    if (status >= 400 && status < 500) return sendProblem(reply, problem(status, { detail: error.message }).problem);
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(500, { detail: 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez l’administrateur.' }).problem);
  });

  // Totals and statistics kept per data version, shared by the requests of this instance.
  const memos = new MemoCache();
  for (const route of apiRoutes) registerRoute(app, config, route, memos);
  // The routes do not change while the server runs: the document is written once, when first asked.
  let openApi: string | null = null;
  app.get(`${API_BASE}/openapi.json`, (_req, reply) => reply.type('application/json; charset=utf-8').send((openApi ??= JSON.stringify(openApiDocument(apiRoutes)))));

  const index = config.distDir ? readIndex(config.distDir) : null;
  if (config.distDir && index) {
    await app.register(fastifyStatic, {
      root: config.distDir,
      index: false,
      wildcard: true,
      setHeaders: (res, path) => {
        // Hashed file names never change content: cache for a year; anything else is revalidated.
        res.header('Cache-Control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', (_req, reply) => sendIndex(reply, index));
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === API_BASE || path.startsWith(`${API_BASE}/`)) {
      return sendProblem(reply, problem(404, { detail: `Aucune ressource ne répond à ${request.method} ${path}.` }).problem);
    }
    // History fallback: a deep link (/partners/p-000123) gets the app, which routes it.
    if (index && (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path)) return sendIndex(reply, index);
    return reply.code(404).type('text/plain; charset=utf-8').send('Introuvable');
  });

  return app;
}

/** The built index.html, told that a server answers (the app then asks who is signed in). */
function readIndex(distDir: string): string | null {
  const file = join(distDir, 'index.html');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').replace(/(<meta charset="[^"]*"\s*\/?>)/i, '$1\n    <meta name="passerelles-api" content="server" />');
}

function sendIndex(reply: FastifyReply, html: string): FastifyReply {
  return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html);
}

function registerRoute(app: FastifyInstance, config: ServerConfig, route: ApiRoute, memos: MemoCache): void {
  app.route({
    method: route.method,
    url: `${API_BASE}${routePath(route.path)}`,
    config: route.rateLimited ? { rateLimit: { max: config.signInPerMinute, timeWindow: '1 minute' } } : {},
    handler: async (request, reply) => {
      const { db, reads, dialect } = app.database;
      const token = request.cookies[SESSION_COOKIE];
      const session = route.public && !route.sessionOptional ? null : await findSession(db, token);
      if (!route.public && !route.sessionOptional) {
        if (!session) throw problem(401, { detail: 'Votre session a expiré ou vous n’êtes pas connecté. Connectez-vous pour continuer.' });
        if (route.method !== 'GET' && request.headers[CSRF_HEADER] !== session.csrfToken) {
          throw problem(403, { detail: 'Jeton CSRF manquant ou invalide : rechargez la page et recommencez.' });
        }
        if (route.permission && !can(session.user.role, route.permission)) {
          throw problem(403, { detail: 'Votre rôle ne permet pas cette action.' });
        }
      }
      const params = withoutNul((request.params ?? {}) as Record<string, string>);
      const searchParams = searchParamsOf(request.url);
      const user = session?.user ?? { id: '', name: 'Anonyme', email: '', role: 'director' as const };
      const run = async (dbOrTrx: Ctx['db'], memo: Memo) => {
        const ctx: Ctx = {
          db: dbOrTrx,
          dialect,
          user,
          sessionToken: token,
          params,
          searchParams,
          rawBody: request.body,
          clock: app.clock,
          audit: (entry) => recordAudit(dbOrTrx, session?.user ?? null, app.clock.now(), entry),
          auditMany: (entries) => recordAudits(dbOrTrx, session?.user ?? null, app.clock.now(), entries),
          memo,
        };
        return route.handler(ctx);
      };
      const result =
        route.method === 'GET'
          ? await run(db, memos.forRequest(() => readDataVersion(db), reads))
          : await db.transaction().execute(async (trx) => {
              const out = await run(trx, memoless(trx));
              // Last, so that the version commits with the write (and is locked only for the commit).
              await bumpDataVersion(trx);
              return out;
            });
      return answer(request, reply, config, route, result);
    },
  });
}

/**
 * NUL characters mean nothing in text and PostgreSQL refuses them (SQLite keeps them): they are
 * dropped from every string a request brings — its path, its search and its JSON body (as it is
 * parsed) — so that both databases store and find the same text.
 */
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNul(v)])) as T;
  return value;
}

/** The query string's parameters, repeated ones kept (Fastify's `request.query` merges them its own way). */
function searchParamsOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  if (at < 0) return new URLSearchParams();
  const query = url.slice(at + 1);
  // "%00" is how a NUL comes in a URL.
  return new URLSearchParams(/%00/.test(query) ? [...new URLSearchParams(query)].map(([k, v]) => [withoutNul(k), withoutNul(v)]) : query);
}

function answer(request: FastifyRequest, reply: FastifyReply, config: ServerConfig, route: ApiRoute, result: unknown): FastifyReply {
  const { status, body, session } = result instanceof Answer ? result : new Answer(200, result);
  if (session) {
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: API_BASE,
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      expires: new Date(session.expiresAt),
    });
  } else if (session === null) {
    reply.clearCookie(SESSION_COOKIE, { path: API_BASE });
  }
  if (status === 204) return reply.code(204).send();
  let json: string;
  if (route.response) {
    const checked = checkAnswer(route.response, body);
    if (!checked.ok) {
      request.log.error({ issues: checked.issues.slice(0, 5), route: routePath(route.path) }, 'answer does not match the contract');
      throw problem(500, { detail: 'La réponse du serveur ne respecte pas le contrat.' });
    }
    // What the contract says, and nothing more (no storage column leaks out).
    json = checked.json;
  } else {
    json = JSON.stringify(body);
  }
  return reply.code(status).type('application/json; charset=utf-8').send(json);
}
