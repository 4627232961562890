// CSV as German offices export it: UTF-8 with or without BOM, Windows-1252,
// or UTF-16 (Excel's "Unicode-Text"); ";" or "," (or tab) separated; quoted
// fields with "" escapes and line breaks inside quotes. A quote that is
// never closed would swallow every following row into one cell: refused.
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

// TextDecoder is a web standard every runtime of the import has (Node, the browser); shared-types
// is compiled without DOM or Node types, so it is typed here as far as this file uses it.
type Decoder = new (label: Encoding, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
const TextDecoder = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  readonly row: number;
  constructor(row: number, message: string) {
    super(message);
    this.row = row;
  }
}

/** More records than any importable file has: reading stops there instead of holding gigabytes. */
export class CsvSizeError extends Error {
  override readonly name = 'CsvSizeError';
  readonly maxRecords: number;
  constructor(maxRecords: number) {
    super(`mehr als ${maxRecords.toLocaleString('de-DE')} Zeilen`);
    this.maxRecords = maxRecords;
  }
}

function utf16Without(bytes: Uint8Array): Encoding | undefined {
  // No BOM, but every other byte zero in the first characters: UTF-16 text of mostly Latin letters.
  const sample = bytes.subarray(0, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > sample.length / 4) return 'utf-16le';
  if (evenZeros > sample.length / 4) return 'utf-16be';
  return undefined;
}

export function decode(bytes: Uint8Array, forced?: Encoding): { text: string; encoding: Encoding } {
  if (forced) return { text: new TextDecoder(forced).decode(bytes).replace(/^\uFEFF/, ''), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16Without(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Excel's "CSV (Trennzeichen-getrennt)" on German Windows writes Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator that splits the header line into the most fields. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, 10_000).split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/**
 * Records of a CSV text; record i is shown by spreadsheets as row i + 1.
 * Unquoted fields are sliced, not built character by character (a 50 MB
 * file must not need gigabytes).
 */
export function parseCsv(text: string, delimiter: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    records.push(record);
    record = [];
    if (records.length > maxRecords) throw new CsvSizeError(maxRecords);
  };
  while (i <= n) {
    if (i === n) {
      if (record.length > 0) {
        record.push('');
        endRecord();
      }
      break;
    }
    if (text[i] === '"') {
      const openedAt = records.length + 1;
      let field = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1)
          throw new CsvSyntaxError(
            openedAt,
            `das Anführungszeichen, das in Zeile ${openedAt} ein Feld öffnet, wird nie geschlossen – alle folgenden Zeilen wären in dieses eine Feld gerutscht`,
          );
        field += text.slice(from, q);
        if (text[q + 1] === '"') {
          field += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(
          openedAt,
          `nach dem schließenden Anführungszeichen eines Feldes, das in Zeile ${openedAt} beginnt, folgt „${next}“ statt eines Trennzeichens – ein Anführungszeichen fehlt oder ist zu viel`,
        );
      }
      record.push(field);
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      record.push(text.slice(i, j));
      i = j;
    }
    const c = text[i];
    if (c === delimiter) {
      i++;
      if (i === n) {
        record.push('');
        endRecord();
        break;
      }
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
    } else if (i >= n) {
      endRecord();
      break;
    }
  }
  return records;
}
