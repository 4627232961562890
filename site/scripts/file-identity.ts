// Which file a path is: device, inode, size and modification time. A build
// writes a changed page as a new file and keeps an unchanged one as a hard link
// to the last build's file, so the same identity means the same bytes — what
// lets the full-text index and the publisher's checks skip pages they have
// read before. Nothing writes into a page once it is made.
import { lstatSync } from 'node:fs';

export function fileIdentity(path: string): string {
  const stats = lstatSync(path, { bigint: true });
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}
