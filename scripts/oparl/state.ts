// Where the sync remembers the server's time of its last successful write,
// per system, Körperschaft and choice of Gremien: `.data/oparl-state.json`
// beside the publisher's state (OPARL_STATE_FILE overrides). Written only
// after the CMS has stored everything, by rename, so a failed run is retried
// in full next time.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const stateSchema = z.record(z.string(), z.object({ lastSync: z.iso.datetime() }));
export type SyncState = z.infer<typeof stateSchema>;

export const stateKey = (systemUrl: string, body: string | undefined, organizations: readonly string[]) =>
  JSON.stringify([systemUrl, body ?? null, [...organizations].sort()]);

export function readState(file: string): SyncState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const parsed = stateSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${file} ist beschädigt. Die Datei löschen: der nächste Lauf liest dann alle Sitzungen neu.`);
  return parsed.data;
}

export function writeState(file: string, state: SyncState): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
