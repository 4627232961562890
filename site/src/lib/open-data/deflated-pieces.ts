// ZIP entries compressed in pieces. A deflate stream may be made of pieces
// deflated apart, as long as each but the last ends on a byte boundary
// without ending the stream (a sync flush) and none refers back into another
// (each starts with an empty history). So each piece is compressed once per
// key (what names its text) and kept between builds (per-build.ts); an entry is its pieces one
// after the other, closed by an empty final block. Readers see an ordinary
// deflated entry; the parts lose only matches across piece borders.
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { joined, utf8 } from '../bytes.ts';
import { keptBetweenBuilds } from '../per-build.ts';

/** A piece of an entry's text. */
export interface Piece {
  /** Names the text's content: the same key, the same text (the piece is not made again). */
  key: string;
  text: () => string;
}

/** A piece of text as UTF-8, and deflated on its own ending in a sync flush: on a byte boundary, the stream not ended. */
const deflatedPiece = keptBetweenBuilds(
  ({ piece, level }: { piece: Piece; level: number }) => {
    const raw = utf8(piece.text());
    // Copied out: zlib's output for a small piece is a view of a 16 KiB buffer, which a kept piece would hold.
    return { raw, deflated: new Uint8Array(deflateRawSync(raw, { level, finishFlush: constants.Z_SYNC_FLUSH })) };
  },
  ({ piece, level }) => `${level} ${piece.key}`,
);

/** A piece named by its text (for the short ones: the archive's notes). */
export const textPiece = (text: string): Piece => ({
  key: createHash('sha1').update(text).digest('base64url'),
  text: () => text,
});

/** A deflate stream's last block: final, fixed codes, nothing but its end. */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

export interface DeflatedEntry {
  /** Bytes of the text, uncompressed. */
  size: number;
  crc: number;
  /** The deflate stream, in order. */
  chunks: Uint8Array<ArrayBuffer>[];
}

/** The pieces' texts, one after the other, as one deflated entry, each piece compressed on its own. */
export function deflatedEntry(pieces: readonly Piece[], level: number): DeflatedEntry {
  let size = 0;
  let crc = 0;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (const piece of pieces) {
    const { raw, deflated } = deflatedPiece({ piece, level });
    size += raw.length;
    crc = crc32(raw, crc);
    chunks.push(deflated);
  }
  chunks.push(FINAL_BLOCK);
  return { size, crc, chunks };
}

/** The archive of `entries`, in this order, each dated `mtime`. */
export function zipOf(entries: readonly (readonly [string, DeflatedEntry])[], mtime: Date): Uint8Array<ArrayBuffer> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [filename, entry] of entries) {
    const file: ZipInputFile = { filename, size: entry.size, crc: entry.crc, compression: 8, mtime };
    zip.add(file);
    entry.chunks.forEach((chunk, i) => file.ondata!(null, chunk, i === entry.chunks.length - 1));
  }
  zip.end();
  return joined(out);
}
