// The command line's file access: a path read into bytes, then read by the
// shared reader (@sdd/shared-types/import), exactly as the admin page's uploads.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SheetError, sheetFromBytes, type Sheet, type SheetOptions } from '@sdd/shared-types/import';

export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SheetError(
      `${path}: die Datei kann nicht gelesen werden (${code === 'ENOENT' ? 'nicht gefunden' : code === 'EACCES' ? 'keine Leserechte' : (code ?? (error as Error).message)}).\n  → Pfad und Rechte prüfen.`,
    );
  }
}

export async function readSheet(path: string, options: SheetOptions = {}): Promise<Sheet> {
  return sheetFromBytes(basename(path), readFileBytes(path), options);
}
