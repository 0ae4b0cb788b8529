// Plain-text tables for bench/run.mjs: aligned columns, budget marks, and — when two builds are
// compared — the other build's figures and the ratio under each row.

const width = (s) => [...s].length;
const MARKED = / [✓✗]$/;

/** `columns`: [{ label, align: 'l' | 'r' }]; `rows`: arrays of strings (null: a blank cell). */
export function renderTable(columns, rows) {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  // Figures without a budget mark keep their digits under those that have one.
  const marked = columns.map((_, i) => cells.some((r) => MARKED.test(r[i] ?? '')));
  for (const r of cells) r.forEach((c, i) => (columns[i].align === 'r' && marked[i] && c && !MARKED.test(c) ? (r[i] = `${c}  `) : null));
  const widths = columns.map((c, i) => Math.max(width(c.label), ...cells.map((r) => width(r[i] ?? ''))));
  const pad = (s, i) => (columns[i].align === 'r' ? ' '.repeat(widths[i] - width(s)) + s : s + ' '.repeat(widths[i] - width(s)));
  const line = (r) => r.map((c, i) => pad(c ?? '', i)).join('  ').trimEnd();
  return [line(columns.map((c) => c.label)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

export const mark = (ok) => (ok === true ? ' ✓' : ok === false ? ' ✗' : '');
export const fixed = (digits) => (n) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
export const kb = (n) => fixed(1)(n / 1024);
export const mb = (n) => fixed(1)(n / 2 ** 20);

/**
 * The rows of one entry: its figures, then — if the other build was measured — the other's figures
 * and the ratio (this ÷ other). `figures`: [{ get(result) → number, fmt, budget?(n) → boolean,
 * noRatio? (a count, not a measure) }];
 * `lead`: the first cells (labels), shown on the first row only.
 */
export function entryRows(lead, figures, mine, other) {
  const value = (f, result) => (result ? f.get(result) : NaN);
  const row = (result, withMarks) => figures.map((f) => {
    const n = value(f, result);
    return Number.isFinite(n) ? f.fmt(n) + (withMarks && f.budget ? mark(f.budget(n)) : '') : '—';
  });
  const rows = [[...lead, ...row(mine, true)]];
  if (other !== undefined) {
    const blank = lead.map((_, i) => (i === lead.length - 1 ? '  ↳ compared build' : ''));
    rows.push([...blank, ...row(other, false)]);
    rows.push([...blank.map((c) => (c ? '  ↳ ratio this ÷ compared' : '')), ...figures.map((f) => (f.noRatio ? '' : ratio(value(f, mine), value(f, other))))]);
  }
  return rows;
}

function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return '—';
  if (b === 0) return a === 0 ? '×1.00' : '—';
  return `×${(a / b).toFixed(2)}`;
}
