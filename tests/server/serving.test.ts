import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/contract/problem';
import { helmetOptions } from '../../server/app';
import { routePath } from '../../server/http/api';
import { apiRoutes } from '../../server/routes';
import { startTestServer } from './harness';
import type { TestServer } from './harness';

/** The server serves the built app: security headers, caching, compression, deep links, OpenAPI. */

const dist = mkdtempSync(join(tmpdir(), 'passerelles-dist-'));
let server: TestServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Passerelles</title>\n  </head>\n  <body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body>\n</html>\n');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});\n`);
  server = await startTestServer({ distDir: dist });
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the app', () => {
  it('sends index.html with a strict CSP, no framing, nosniff and a strict referrer policy, marked as served by the team server', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<meta name="passerelles-api" content="server" />');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('answers a deep link with the app (history fallback), but a missing file or API path with a 404', async () => {
    const deep = await fetch(`${server.baseUrl}/partners/p-000123?tab=contacts`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    expect((await fetch(`${server.baseUrl}/assets/absent-123.js`)).status).toBe(404);
    const api = await fetch(`${server.baseUrl}/api/nulle-part`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(Problem.parse(await api.json()).detail).toContain('/api/nulle-part');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const res = await fetch(`${server.baseUrl}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect((await res.text()).length).toBeGreaterThan(20_000);
  });

  it('publishes an OpenAPI document of every route, generated from the contract', async () => {
    const res = await fetch(`${server.baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of apiRoutes) {
      const path = `/api${routePath(route.path).replace(':id', '{id}')}`;
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    const list = doc.paths['/api/partners']?.get as unknown as { parameters: { name: string }[]; responses: { '200': { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } } };
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'sector', 'sort', 'page']));
    expect(Object.keys(list.responses['200'].content['application/json']!.schema.properties ?? {})).toEqual(['items', 'total', 'page', 'pageSize']);
  });

  it('answers the health check without an account', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite' });
  });
});

describe('security headers', () => {
  /** What @fastify/helmet itself sets with the server's options, on a bare instance. */
  async function helmetHeaders(hsts: boolean): Promise<Record<string, string>> {
    const bare = Fastify({ logger: false });
    await bare.register(fastifyHelmet, helmetOptions(hsts));
    bare.get('/', (_request, reply) => reply.send(''));
    const res = await bare.inject({ method: 'GET', url: '/' });
    await bare.close();
    return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !['content-length', 'content-type', 'date', 'connection'].includes(name)).map(([n, v]) => [n, String(v)]));
  }

  it('sets on every answer (the app, an asset, the API, a problem) exactly the headers helmet sets', async () => {
    const expected = await helmetHeaders(false);
    expect(Object.keys(expected).length).toBeGreaterThan(8);
    for (const path of ['/', '/assets/index-abc123.js', '/api/health', '/api/nulle-part', '/absent.png']) {
      const res = await fetch(`${server.baseUrl}${path}`);
      for (const [name, value] of Object.entries(expected)) expect(`${path} ${name}: ${res.headers.get(name)}`).toBe(`${path} ${name}: ${value}`);
    }
  });
});
