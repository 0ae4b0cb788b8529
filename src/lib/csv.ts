import Papa from 'papaparse';

/**
 * CSV as French Excel reads it: UTF-8 with a BOM, ";" by default (Excel in fr-FR expects it),
 * "," on request. Cells that a spreadsheet would run as a formula (=, +, -, @, and the tab and
 * carriage return that can hide one) are neutralised with a leading apostrophe.
 */
export type CsvSeparator = ';' | ',';
/**
 * A formula start, possibly behind apostrophes: "'=x" typed by someone gets one more apostrophe
 * too, or reading our own export back would take theirs for ours and give "=x".
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export type CellValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function neutraliseCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of neutraliseCell for our own exports read back in (so export → import changes nothing). */
export function unneutraliseCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CellValue;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], separator: CsvSeparator = ';'): string {
  const data = rows.map((row) => columns.map((c) => neutraliseCell(c.value(row))));
  const body = Papa.unparse({ fields: columns.map((c) => neutraliseCell(c.header)), data }, { delimiter: separator, newline: '\r\n', quotes: false });
  return `\uFEFF${body}\r\n`;
}

/** Hands a file to the browser's download. */
export function downloadFile(filename: string, content: BlobPart, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "entreprises-2026-11-26.csv" */
export function datedFilename(stem: string, ext = 'csv', now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
