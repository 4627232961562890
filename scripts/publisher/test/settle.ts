// Waits until a publisher has been quiet for a moment: nothing running,
// nothing pending — the CMS's webhooks may still be arriving when a build ends.
import type { PublisherStatus } from '@sdd/shared-types';
import type { Publisher } from '../publisher.ts';

export const publisherStatus = async (publisher: Publisher): Promise<PublisherStatus> =>
  (await fetch(`${publisher.url}/status`)).json() as Promise<PublisherStatus>;

export async function settled(publisher: Publisher): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await publisher.idle();
    await new Promise((r) => setTimeout(r, 700));
    const s = await publisherStatus(publisher);
    quiet = s.running || s.pendingEvents > 0 ? 0 : quiet + 1;
  }
}
