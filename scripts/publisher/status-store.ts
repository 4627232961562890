// What the publisher did and is doing: the live build, the running one, the
// last success and failure, and a short history — persisted so that a
// restart keeps it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildRecord, NoBuildEvent, PublisherStatus } from '@sdd/shared-types';
import { buildRecordSchema, noBuildEventSchema } from '@sdd/shared-types';
import { z } from 'zod';
import { writeJsonAtomically } from '../snapshot/write-json-atomically.ts';

const HISTORY_LENGTH = 20;
/**
 * Successful builds remembered apart from the history, so that a run of failures never hides the live build or the
 * rollback targets.
 */
const SUCCESSES_KEPT = 10;

/** Events without a build listed (newest first); the count goes on past them. */
const NO_BUILD_LENGTH = 20;

const fileSchema = z.object({
  history: z.array(buildRecordSchema),
  successes: z.array(buildRecordSchema),
  // Files written before these existed have none.
  noBuildEvents: z.array(noBuildEventSchema).default([]),
  noBuildEventCount: z.number().int().nonnegative().default(0),
});

export function createStatusStore(stateDir: string) {
  const file = join(stateDir, 'history.json');
  let history: BuildRecord[] = [];
  let successes: BuildRecord[] = [];
  let noBuildEvents: NoBuildEvent[] = [];
  let noBuildEventCount = 0;
  try {
    if (existsSync(file))
      ({ history, successes, noBuildEvents, noBuildEventCount } = fileSchema.parse(
        JSON.parse(readFileSync(file, 'utf8')),
      ));
  } catch {
    // A damaged history must not stop publishing; it starts afresh.
  }
  let running: BuildRecord | null = null;

  // A state folder that cannot be written must not hide the build from /status: the record stays in memory.
  const persist = () => {
    try {
      writeJsonAtomically(file, { history, successes, noBuildEvents, noBuildEventCount });
    } catch (error) {
      console.error(`[publisher] cannot save ${file}: ${(error as Error).message}`);
    }
  };

  return {
    /** The build now running, as far as it got (called again after every step). */
    setRunning(record: BuildRecord): void {
      running = record;
    },
    finish(record: BuildRecord): void {
      running = null;
      history = [record, ...history].slice(0, HISTORY_LENGTH);
      if (record.outcome === 'success') successes = [record, ...successes].slice(0, SUCCESSES_KEPT);
      persist();
    },
    /** An event that started no live build (a saved draft, a media or admin-only event), with the reason in German. */
    recordNoBuild(reason: string, at = new Date()): void {
      noBuildEvents = [{ at: at.toISOString(), reason }, ...noBuildEvents].slice(0, NO_BUILD_LENGTH);
      noBuildEventCount++;
      persist();
    },
    /**
     * Takes back the events listed since `since` whose reason is one of `reasons` (draft events that turned out to be
     * part of a publication, draft-saves.ts).
     */
    withdrawNoBuild(reasons: readonly string[], since: Date): void {
      const kept = noBuildEvents.filter((e) => !(reasons.includes(e.reason) && new Date(e.at) >= since));
      const taken = noBuildEvents.length - kept.length;
      if (taken === 0) return;
      noBuildEvents = kept;
      noBuildEventCount = Math.max(0, noBuildEventCount - taken);
      persist();
    },
    successfulIds: () => new Set(successes.map((b) => b.id)),
    snapshot(liveId: string | null, queued: boolean, pendingEvents: number): PublisherStatus {
      return {
        live: successes.find((b) => b.id === liveId) ?? null,
        running,
        queued,
        pendingEvents,
        lastSuccess: successes[0] ?? null,
        lastFailure: history.find((b) => b.outcome === 'failure') ?? null,
        history,
        noBuildEvents,
        noBuildEventCount,
      };
    },
  };
}

export type StatusStore = ReturnType<typeof createStatusStore>;
