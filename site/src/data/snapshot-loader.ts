// An Astro content loader over the snapshot: each collection of the snapshot
// becomes a content collection keyed by its stable key. Loaders run on every
// build, so a new snapshot file is always picked up.
import type { Loader } from 'astro/loaders';
import type { Snapshot } from '@sdd/shared-types';
import { readSnapshot, snapshotPath } from './snapshot-file.ts';

type ListKey = Exclude<keyof Snapshot, 'formatVersion' | 'generatedAt' | 'source' | 'settings'>;

export function snapshotLoader<K extends ListKey>(key: K, id: (entry: Snapshot[K][number]) => string | number): Loader {
  return {
    name: `snapshot:${key}`,
    load: async ({ store, generateDigest }) => {
      const entries = readSnapshot()[key] as Snapshot[K][number][];
      store.clear();
      for (const entry of entries) {
        const data = entry as unknown as Record<string, unknown>;
        store.set({ id: String(id(entry)), data, digest: generateDigest(data) });
      }
    },
  };
}

/** The single-entry parts of the snapshot (settings, metadata) as a one-entry collection. */
export function snapshotMetaLoader(): Loader {
  return {
    name: 'snapshot:meta',
    load: async ({ store, generateDigest }) => {
      const { settings, generatedAt, source } = readSnapshot();
      const data = { settings, generatedAt, source, file: snapshotPath() };
      store.clear();
      store.set({ id: 'site', data, digest: generateDigest(data) });
    },
  };
}
