import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/contract/auth';
import { partnerInput } from '../contract/client';
import { spawnServer, stop } from './process';

/**
 * Durability: the server killed with SIGKILL in the middle of a CSV import keeps all of it or none
 * of it, and everything committed before is intact after a restart. Graceful stop on SIGTERM too.
 */

const dir = mkdtempSync(join(tmpdir(), 'passerelles-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { SQLITE_FILE: join(dir, 'kill.sqlite'), ADMIN_EMAIL: 'admin@test.local', ADMIN_PASSWORD: 'mot-de-passe-admin-2026', BODY_LIMIT: String(50 * 1024 * 1024) };

async function signIn(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  });
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.headers.get('set-cookie') ?? '')![1]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { Cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfToken, 'Content-Type': 'application/json' };
}

async function countNamed(baseUrl: string, headers: Record<string, string>, q: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/partners?${new URLSearchParams({ q, archived: 'include', pageSize: '1' })}`, { headers });
  return ((await res.json()) as { total: number }).total;
}

describe('durability', () => {
  it('keeps an import whole or not at all when the server is killed in the middle, and keeps what was committed before', async () => {
    const first = await spawnServer(env);
    let headers = await signIn(first.baseUrl);
    const committed = await fetch(`${first.baseUrl}/api/partners`, { method: 'POST', headers, body: JSON.stringify(partnerInput({ name: 'Validée Avant Coupure SA' })) });
    expect(committed.status).toBe(201);

    const rows = Array.from({ length: 20_000 }, (_, i) => ({ partner: partnerInput({ name: `Importée Pendant Coupure ${i}`, tags: ['coupure'] }) }));
    const importing = fetch(`${first.baseUrl}/api/partners/import`, { method: 'POST', headers, body: JSON.stringify({ rows }) }).catch(() => null);
    // Long enough for the request to arrive and its transaction to start, well before it can finish.
    await new Promise((r) => setTimeout(r, 1500));
    await stop(first.child, 'SIGKILL');
    await importing;

    const second = await spawnServer(env);
    try {
      headers = await signIn(second.baseUrl);
      expect(await countNamed(second.baseUrl, headers, 'Validée Avant Coupure')).toBe(1);
      const imported = await countNamed(second.baseUrl, headers, 'Importée Pendant Coupure');
      expect([0, 20_000]).toContain(imported);
      // The demo data is whole.
      expect(await countNamed(second.baseUrl, headers, '')).toBeGreaterThanOrEqual(1001);
    } finally {
      expect(await stop(second.child, 'SIGTERM')).toBe(0);
    }
  }, 180_000);
});
