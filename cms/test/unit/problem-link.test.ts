// Where the admin page "Veröffentlichung" sends an editor to fix a build
// problem: the entry itself, else the list filtered by the entry's key.
import { describe, expect, it } from 'vitest';
import { problemLink } from '../../src/plugins/smart-data/admin/src/pages/problem-link.ts';

const page = {
  uid: 'plugin::smart-data.page',
  typeName: 'Seite',
  key: { field: 'slug', value: 'kacheln' },
  name: 'Unsere Kacheln',
};

describe('link to the entry of a build problem', () => {
  it('opens the entry by its documentId', () => {
    expect(problemLink({ ...page, documentId: 'abc123' })).toBe(
      '/content-manager/collection-types/plugin::smart-data.page/abc123',
    );
  });

  it('lists the entries with that key when the documentId is unknown', () => {
    const link = problemLink({ ...page, documentId: null });
    const url = new URL(link, 'http://x');
    expect(url.pathname).toBe('/content-manager/collection-types/plugin::smart-data.page');
    expect(url.searchParams.get('filters[$and][0][slug][$eq]')).toBe('kacheln');
  });

  it('opens the single type of the site settings', () => {
    expect(
      problemLink({
        uid: 'plugin::smart-data.site-setting',
        typeName: 'Website-Einstellungen',
        key: null,
        name: 'Website-Einstellungen',
        documentId: 'x',
      }),
    ).toBe('/content-manager/single-types/plugin::smart-data.site-setting');
  });
});
