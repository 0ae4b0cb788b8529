import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEntry } from '../../src/contract/auth';
import { insertChunked } from '../db/batches';
import type { Database } from '../db/schema';
import type { SignedInUser } from './api';

/** What a handler tells about its write; the diff of `before` and `after` is computed here. */
export interface AuditInput {
  action: AuditEntry['action'];
  entity: string;
  entityId: string;
  partnerId: string | null;
  label: string;
  before?: object | null;
  after?: object | null;
}

/** Bookkeeping fields change on every write and say nothing to a reader. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'id', 'synthetic', 'kinds']);

export function diff(before: object | null | undefined, after: object | null | undefined): AuditEntry['changes'] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditEntry['changes'] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(field)) continue;
    const was = b[field] ?? null;
    const is = a[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes.push({ field, before: was, after: is });
  }
  return changes;
}

/**
 * Writes audit records (in the caller's transaction, so they exist exactly when the write does);
 * an update that changed nothing leaves no record. An import writes thousands at once.
 */
export async function recordAudits(db: Kysely<Database>, user: SignedInUser | null, at: string, entries: readonly AuditInput[]): Promise<void> {
  const rows: Database['audit'][] = [];
  for (const entry of entries) {
    const changes = diff(entry.before, entry.after);
    if (entry.action === 'update' && changes.length === 0) continue;
    rows.push({
      // Time first, so that ids sort like the records were written.
      id: `${at}-${randomUUID()}`,
      at,
      userId: user?.id ?? null,
      userName: user?.name ?? 'Système',
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      partnerId: entry.partnerId,
      label: entry.label,
      changes: JSON.stringify(changes),
    });
  }
  await insertChunked(db, 'audit', rows);
}

export const recordAudit = (db: Kysely<Database>, user: SignedInUser | null, at: string, entry: AuditInput) => recordAudits(db, user, at, [entry]);
