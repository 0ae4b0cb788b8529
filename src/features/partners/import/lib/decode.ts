/**
 * The bytes of a CSV file as text. French Excel still saves "CSV (séparateur : point-virgule)" in
 * Windows-1252, where "é" is one byte that is not valid UTF-8: strict UTF-8 first, and only a file
 * that fails it is read as Windows-1252 (a UTF-8 file never passes as 1252 by accident this way).
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
}

export function decodeCsvBytes(input: ArrayBuffer | Uint8Array): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252', bom: false };
  }
}

/** Windows-1252's 0x80–0x9F (€, ’, œ, …), where 1252 differs from Latin-1. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Some engines (Node before 22 among them) decode "windows-1252" as Latin-1 and leave 0x80–0x9F as
 * control characters; a true 1252 decoder never yields those but for its five unassigned bytes.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Reads a File's bytes (Blob.arrayBuffer, with FileReader where an older engine lacks it). */
export function readFileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsArrayBuffer(file);
  });
}
