// An Astro content loader over the snapshot: each collection of the snapshot
// becomes a content collection keyed by its stable key. Loaders run on every
// build, so a new snapshot file is always picked up. Each loader carries its
// entries' schema from shared-types, so `getCollection` returns typed data
// (Astro uses it for the types only: the snapshot was validated as a whole
// when it was read, see snapshot-file.ts, and is not parsed again here).
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { contentShape, siteSettingsSchema, type Snapshot } from '@sdd/shared-types';
import { readSnapshot, snapshotPath } from './snapshot-file.ts';

type ListKey = Exclude<keyof typeof contentShape, 'settings'>;
type EntrySchema<K extends ListKey> = (typeof contentShape)[K]['element'];

export function snapshotLoader<K extends ListKey>(
  key: K,
  id: (entry: Snapshot[K][number]) => string | number,
): Loader & { schema: EntrySchema<K> } {
  return {
    name: `snapshot:${key}`,
    schema: contentShape[key].element,
    load: async ({ store, generateDigest }) => {
      const entries: readonly Snapshot[K][number][] = readSnapshot()[key];
      store.clear();
      for (const entry of entries) {
        const data: Record<string, unknown> = entry;
        store.set({ id: String(id(entry)), data, digest: generateDigest(data) });
      }
    },
  };
}

/** The single-entry parts of the snapshot (settings, metadata) as a one-entry collection. */
export const snapshotMetaSchema = z.object({
  settings: siteSettingsSchema,
  generatedAt: z.string(),
  source: z.string(),
  /** The snapshot file the build read. */
  file: z.string(),
});

export function snapshotMetaLoader(): Loader & { schema: typeof snapshotMetaSchema } {
  return {
    name: 'snapshot:meta',
    schema: snapshotMetaSchema,
    load: async ({ store, generateDigest }) => {
      const { settings, generatedAt, source } = readSnapshot();
      const data: z.infer<typeof snapshotMetaSchema> = { settings, generatedAt, source, file: snapshotPath() };
      store.clear();
      store.set({ id: 'site', data, digest: generateDigest(data) });
    },
  };
}
