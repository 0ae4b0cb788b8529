import type * as z from 'zod/mini';

/**
 * Every answer is checked against the contract's schema before it leaves, and what leaves is the
 * schema's output (nothing more than the contract says). For a list, most of that work is its
 * items — and list rows kept until the next write (memo.records) come back in page after page.
 * Those are frozen: checking one gives the same output every time, so an item's checked JSON is
 * remembered for as long as the item object lives. A fresh (unfrozen) item is checked each time.
 */

type Issues = z.core.$ZodIssue[];
export type CheckedAnswer = { ok: true; json: string } | { ok: false; issues: Issues };

interface Checked {
  schema: z.ZodMiniType;
  json: string;
}
const checkedItems = new WeakMap<object, Checked>();

/** A list answer's item schema: an object with `items: z.array(item)` and no checks on the whole. */
const itemSchemas = new WeakMap<z.ZodMiniType, z.ZodMiniType | null>();

function itemSchemaOf(schema: z.ZodMiniType): z.ZodMiniType | null {
  let item = itemSchemas.get(schema);
  if (item === undefined) {
    item = null;
    const def = schema._zod.def as { type: string; shape?: Record<string, z.ZodMiniType>; catchall?: unknown; checks?: unknown[] };
    const items = def.type === 'object' && !def.catchall && !def.checks?.length ? def.shape?.items : undefined;
    const itemsDef = items?._zod.def as { type: string; element?: z.ZodMiniType; checks?: unknown[] } | undefined;
    if (itemsDef?.type === 'array' && !itemsDef.checks?.length && itemsDef.element) item = itemsDef.element;
    itemSchemas.set(schema, item);
  }
  return item;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkItem(schema: z.ZodMiniType, item: unknown): CheckedAnswer {
  const kept = isObject(item) ? checkedItems.get(item) : undefined;
  if (kept?.schema === schema) return { ok: true, json: kept.json };
  const checked = schema.safeParse(item);
  if (!checked.success) return { ok: false, issues: checked.error.issues };
  // Like JSON.stringify writes an array's element that has no JSON form.
  const json = JSON.stringify(checked.data) ?? 'null';
  if (isObject(item) && Object.isFrozen(item)) checkedItems.set(item, { schema, json });
  return { ok: true, json };
}

/** The answer checked against `schema`, as the JSON text of the schema's output. */
export function checkAnswer(schema: z.ZodMiniType, body: unknown): CheckedAnswer {
  const itemSchema = itemSchemaOf(schema);
  if (!itemSchema || !isObject(body) || !Array.isArray(body.items)) {
    const checked = schema.safeParse(body);
    return checked.success ? { ok: true, json: JSON.stringify(checked.data) } : { ok: false, issues: checked.error.issues };
  }
  // Everything but the items, through the whole schema (its output gives the keys in order)…
  const rest = schema.safeParse({ ...body, items: [] });
  if (!rest.success) return { ok: false, issues: rest.error.issues };
  // …and the items one by one: the same checks as the schema's array makes.
  const items: string[] = [];
  for (const item of body.items as unknown[]) {
    const checked = checkItem(itemSchema, item);
    if (!checked.ok) return checked;
    items.push(checked.json);
  }
  // What JSON.stringify would write for the whole output: keys in order, undefined values left out.
  const out = rest.data as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of Object.keys(out)) {
    const value = key === 'items' ? `[${items.join(',')}]` : JSON.stringify(out[key]);
    if (value !== undefined) fields.push(`${JSON.stringify(key)}:${value}`);
  }
  return { ok: true, json: `{${fields.join(',')}}` };
}
