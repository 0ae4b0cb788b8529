import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../mocks/data/dataset';
import { getLatency, setLatency } from '../../../mocks/store/config';
import type { PersistenceAdapter } from '../../../mocks/store/persist';
import { configureStore, flushPersisted, getStore, resetStore, whenSaved } from '../../../mocks/store/store';
import { API_BASE, paths } from '../../../src/contract/endpoints';
import { dataset, partner } from './fixtures';

const url = (path: string) => `http://localhost:3000${API_BASE}${path}`;

function fakePersistence() {
  const saved: Dataset[] = [];
  let clears = 0;
  const adapter: PersistenceAdapter = {
    load: () => Promise.resolve(saved.at(-1) ?? null),
    save: (d) => {
      saved.push(structuredClone(d));
      return Promise.resolve();
    },
    clear: () => {
      clears++;
      return Promise.resolve();
    },
  };
  return { adapter, saved, clears: () => clears };
}

describe('the store', () => {
  beforeEach(() => {
    resetStore();
  });

  it('keeps a store nobody wrote to across resets, and rebuilds a written one', async () => {
    const first = getStore();
    expect(resetStore()).toBe(first);
    const total = first.partners.size;
    const res = await fetch(url(paths.partnerArchive(first.partners.rows[0]!.id)), { method: 'POST' });
    expect(res.status).toBe(200);
    const second = resetStore();
    expect(second).not.toBe(first);
    expect(second.partners.size).toBe(total);
    expect(second.partners.rows[0]!.archived).toBe(false);
  });

  it('serves a dataset given to it as is', async () => {
    resetStore(dataset({ partners: [partner('p-1', { name: 'Seule Entreprise' })] }));
    const body = (await (await fetch(url(paths.partners))).json()) as { total: number; items: { name: string }[] };
    expect(body.total).toBe(1);
    expect(body.items[0]!.name).toBe('Seule Entreprise');
  });

  it('derives relationship kinds again after a write', async () => {
    resetStore(dataset({ partners: [partner('p-1')], events: [{ id: 'ev-1', kind: 'forum', title: 'Forum', date: '2026-11-12', place: 'Alès', partnerIds: [], synthetic: true }] }));
    await fetch(url(paths.eventAttendance('ev-1')), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ partnerId: 'p-1', present: true }) });
    expect(getStore().partners.get('p-1')!.kinds).toEqual(['events']);
  });

  it('numbers new records after the generated ones and dates them with the dataset’s today', async () => {
    const res = await fetch(url(paths.tasks), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ partnerId: null, title: 'Préparer le forum', due: '2026-12-01', ownerId: getStore().users.rows[0]!.id }),
    });
    const task = (await res.json()) as { id: string; createdAt: string };
    expect(task.createdAt.startsWith(getStore().today)).toBe(true);
    expect(getStore().tasks.rows.filter((t) => t.id === task.id)).toHaveLength(1);
  });
});

describe('persistence', () => {
  afterEach(() => {
    configureStore({ persistence: null });
    vi.useRealTimers();
    resetStore();
  });

  it('saves a burst of writes at once and coalesced, and clears on reset', async () => {
    const fake = fakePersistence();
    configureStore({ persistence: fake.adapter });
    const store = resetStore(dataset({ partners: [partner('p-1')] }));
    expect(fake.clears()).toBe(1);
    for (let i = 0; i < 5; i++) store.touch(['p-1']);
    // The first write starts a save immediately; the four made during it are saved together after.
    expect(fake.saved).toHaveLength(1);
    await whenSaved();
    expect(fake.saved).toHaveLength(2);
    expect(fake.saved[1]!.partners[0]!.id).toBe('p-1');
    resetStore();
    expect(fake.clears()).toBe(2);
  });

  it('answers a mutation only once its write is saved, so a reload right after cannot lose it', async () => {
    const fake = fakePersistence();
    let finishSave!: () => void;
    fake.adapter.save = (d) => {
      fake.saved.push(structuredClone(d));
      return new Promise<void>((r) => (finishSave = r));
    };
    configureStore({ persistence: fake.adapter });
    const id = getStore().data.partners.find((p) => !p.archived)!.id;
    let answered = false;
    const pending = fetch(url(paths.partnerArchive(id)), { method: 'POST' }).then((res) => {
      answered = true;
      return res;
    });
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    finishSave();
    expect((await pending).status).toBe(200);
    expect(fake.saved[0]!.partners.find((p) => p.id === id)!.archived).toBe(true);
  });

  it('saves what is pending on demand (page hide)', async () => {
    const fake = fakePersistence();
    configureStore({ persistence: fake.adapter });
    const store = resetStore(dataset());
    store.touch();
    await flushPersisted();
    expect(fake.saved).toHaveLength(1);
  });
});

describe('latency', () => {
  afterEach(() => setLatency(0));

  it('delays answers by the configured latency, and by nothing by default', async () => {
    expect(getLatency()).toBe(0);
    setLatency(60);
    const t0 = performance.now();
    await fetch(url(paths.users));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(50);
    setLatency(-5);
    expect(getLatency()).toBe(0);
  });
});
