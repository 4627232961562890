// Strapi's own texts in the German admin, where an editor meets them: the
// start page, a list and an edit view of the content manager, the media
// library. Strapi 5.54's German translation lacks some (the banner about the
// new media library, the media library itself, the search field); the host
// app supplies them (cms/src/admin/strapi-strings-de.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminUrl,
  contentManagerUrl,
  screenshot,
  useEditorSession,
  type AdminSession,
} from './support/admin-browser.ts';

/** English texts seen in the German admin before they were translated. */
const ENGLISH = [
  'Introducing the new Media Library',
  "You're now using the revamped version",
  'Read blog post',
  'Close the banner',
  'Learn more on our documentation',
  'Media library',
  'No folders yet',
  'No assets yet',
  'Get started by uploading',
  'Add assets',
  'Table view',
  'Grid view',
  'Sort:',
  'Most recent updates',
  'Bulleted list',
  'Numbered list',
  'regenerate',
  'Home (',
];

/** The page's visible text plus the placeholders, labels and titles a screen reader or a hover shows. */
const textsOf = async (s: AdminSession) =>
  s.page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('[placeholder],[aria-label],[title]')).flatMap((e) => [
        e.getAttribute('placeholder'),
        e.getAttribute('aria-label'),
        e.getAttribute('title'),
      ]),
    ]
      .filter((t): t is string => Boolean(t))
      .join('\n'),
  );

const englishIn = (text: string) => [
  ...ENGLISH.filter((e) => text.includes(e)),
  ...(/^Search$/m.test(text) ? ['Search'] : []),
];

describe('Strapi texts in the German admin', { timeout: 240_000 }, () => {
  const session = useEditorSession({ beforeAll, afterAll });

  it('shows the start page, the content manager and the media library without English texts', async () => {
    const s = session();
    const screens = [
      { path: '', ready: 'Hallo Erika' },
      { path: '/content-manager/collection-types/plugin::smart-data.kpi', ready: 'Einträge gefunden' },
      { path: contentManagerUrl('plugin::smart-data.tile').replace(adminUrl(), ''), ready: 'Kurzname (URL)' },
      { path: '/plugins/upload', ready: 'Noch keine Dateien' },
    ];
    for (const { path, ready } of screens) {
      await s.page.goto(adminUrl(path));
      await s.page.getByText(ready).first().waitFor();
      // The banner and the field labels load after the page's first text.
      await s.page.getByText('Neue Medienbibliothek').first().waitFor();
      expect(englishIn(await textsOf(s)), path).toEqual([]);
    }
    await screenshot(s.page, 'admin-media-library-de');
  });
});
