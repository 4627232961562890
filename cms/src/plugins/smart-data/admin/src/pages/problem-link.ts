// Where in the content manager an editor fixes a build problem: the entry
// itself when its documentId is known, else the list filtered by its key.
// Paths are relative to the admin's root, for react-router.
import type { ProblemEntry } from '@sdd/shared-types';

export function problemLink(entry: ProblemEntry): string {
  const uid = encodeURIComponent(entry.uid).replace(/%3A/g, ':');
  if (entry.uid.endsWith('.site-setting')) return `/content-manager/single-types/${uid}`;
  if (entry.documentId) return `/content-manager/collection-types/${uid}/${encodeURIComponent(entry.documentId)}`;
  if (!entry.key) return `/content-manager/collection-types/${uid}`;
  const filter = `filters[$and][0][${entry.key.field}][$eq]`;
  return `/content-manager/collection-types/${uid}?page=1&${encodeURIComponent(filter)}=${encodeURIComponent(entry.key.value)}`;
}
