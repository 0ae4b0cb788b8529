import Papa from 'papaparse';
import type { Parser, ParseResult } from 'papaparse';

/**
 * CSV text → header and records, with each record's line number as a spreadsheet or a text editor
 * shows it (header = line 1; a quoted cell spanning lines moves the following records down).
 * Large files are parsed in chunks that hand the main thread back between them, so the progress bar
 * moves and the page stays responsive (papaparse's `worker` needs its own script URL, which a Vite
 * bundle does not have).
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
  delimiter: string;
}

const CHUNK_SIZE = 256 * 1024;

const newlinesIn = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The separator the header line uses most, outside quotes (";" on a tie: French Excel's). Papa's own
 * guess wants rows of equal length and gives up on a short file ending with a blank line.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ';';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/**
 * Every line break between records as "\n", whatever mix of Windows (CRLF), Unix (LF) and old Mac
 * (CR) endings the file has: Papa guesses one kind of line break for the whole file, and a guess
 * wrong for some lines glues records together or starts cells with a stray "\n". Line breaks inside
 * quoted cells are kept as they are (`"[^"]*"` skips over them; a doubled "" is two such runs).
 */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/"[^"]*"|\r\n?/g, (m) => (m.startsWith('"') ? m : '\n'));
}

export function parseCsvText(input: string, onProgress?: (fraction: number) => void): Promise<ParsedCsv> {
  return new Promise((resolve, reject) => {
    const all: string[][] = [];
    const text = normaliseLineBreaks(input);
    const delimiter = detectDelimiter(text);
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      chunkSize: CHUNK_SIZE,
      chunk: (results: ParseResult<string[]>, parser: Parser) => {
        for (const row of results.data) all.push(row);
        if (text.length > CHUNK_SIZE) {
          onProgress?.(Math.min(1, results.meta.cursor / text.length));
          parser.pause();
          setTimeout(() => parser.resume(), 0);
        }
      },
      complete: () => {
        onProgress?.(1);
        resolve(toRecords(all, delimiter));
      },
      error: (err: Error) => reject(err),
    });
  });
}

function toRecords(rows: readonly string[][], delimiter: string): ParsedCsv {
  let line = 1;
  let headers: string[] | null = null;
  const records: CsvRecord[] = [];
  for (const cells of rows) {
    const at = line;
    line += 1 + newlinesIn(cells);
    if (isBlank(cells)) continue;
    if (!headers) headers = cells.map((h) => h.trim());
    else records.push({ line: at, cells });
  }
  return { headers: headers ?? [], records, delimiter };
}
