// Content collections, all loaded from the snapshot (never from the CMS).
import { defineCollection } from 'astro:content';
import { snapshotLoader, snapshotMetaLoader } from './data/snapshot-loader.ts';

export const collections = {
  meta: defineCollection({ loader: snapshotMetaLoader() }),
  sdgs: defineCollection({ loader: snapshotLoader('sdgs', (e) => e.number) }),
  actionDimensions: defineCollection({ loader: snapshotLoader('actionDimensions', (e) => e.slug) }),
  actionFields: defineCollection({ loader: snapshotLoader('actionFields', (e) => e.slug) }),
  kpis: defineCollection({ loader: snapshotLoader('kpis', (e) => e.code) }),
  tiles: defineCollection({ loader: snapshotLoader('tiles', (e) => e.slug) }),
  bodies: defineCollection({ loader: snapshotLoader('bodies', (e) => e.slug) }),
  meetings: defineCollection({ loader: snapshotLoader('meetings', (e) => e.slug) }),
  pages: defineCollection({ loader: snapshotLoader('pages', (e) => e.slug) }),
};
