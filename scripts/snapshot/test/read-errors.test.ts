// Which error a failed read of everything reports (take-snapshot.ts): a token
// refused for one type also fails the reads that populate that type (Strapi
// answers 400), and these may fail first; the refusal names the cause, so it
// is the one reported, whatever the order.
import { describe, expect, it } from 'vitest';
import { CmsError, type CmsClient } from '../cms-client.ts';
import { readSnapshot } from '../take-snapshot.ts';

/** A CMS whose `tiles` are refused late and whose `meetings` (populating tiles) fail at once; the rest is empty. */
const cms: CmsClient = {
  collection: async (plural) => {
    if (plural === 'meetings') throw new CmsError('GET /api/meetings answered 400: Invalid key tiles');
    if (plural === 'tiles') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new CmsError('The CMS refused /api/tiles (403)', 'refused', 403);
    }
    return [];
  },
  single: async () => {
    throw new CmsError('GET /api/site-setting returned no entry');
  },
};

describe('a failed read of everything', () => {
  it('reports the refused token, though other reads failed before it', async () => {
    await expect(readSnapshot(cms, 'cms')).rejects.toMatchObject({ kind: 'refused', status: 403 });
  });

  it('reports the first failure when no read was refused', async () => {
    const noRefusal: CmsClient = {
      ...cms,
      collection: async (plural) => (plural === 'tiles' ? [] : cms.collection(plural, '', null as never)),
    };
    await expect(readSnapshot(noRefusal, 'cms')).rejects.toThrow('answered 400');
  });
});
