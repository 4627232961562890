// What the publisher did and is doing: the live build, the running one, the
// last success and failure, and a short history — persisted so that a
// restart keeps it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildRecord, PublisherStatus } from '@sdd/shared-types';
import { buildRecordSchema } from '@sdd/shared-types';
import { z } from 'zod';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';

const HISTORY_LENGTH = 20;

export function createStatusStore(stateDir: string) {
  const file = join(stateDir, 'history.json');
  let history: BuildRecord[] = [];
  try {
    if (existsSync(file)) history = z.array(buildRecordSchema).catch([]).parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // A damaged history must not stop publishing; it starts afresh.
  }
  let running: BuildRecord | null = null;

  const persist = () => writeJsonAtomically(file, history);

  return {
    start(record: BuildRecord): void {
      running = record;
    },
    /** Updates the running build (e.g. a finished step). */
    update(record: BuildRecord): void {
      running = record;
    },
    finish(record: BuildRecord): void {
      running = null;
      history = [record, ...history].slice(0, HISTORY_LENGTH);
      persist();
    },
    successfulIds: () => new Set(history.filter((b) => b.outcome === 'success').map((b) => b.id)),
    snapshot(liveId: string | null, queued: boolean, pendingEvents: number): PublisherStatus {
      return {
        live: history.find((b) => b.id === liveId) ?? null,
        running,
        queued,
        pendingEvents,
        lastSuccess: history.find((b) => b.outcome === 'success') ?? null,
        lastFailure: history.find((b) => b.outcome === 'failure') ?? null,
        history,
      };
    },
  };
}

export type StatusStore = ReturnType<typeof createStatusStore>;
