// The HTML snippet other websites paste to embed a KPI or tile
// (/einbetten/…), and the iframe height it sets. An iframe cannot grow with
// its content across origins without a script on the host page, so the
// height is fixed: the embed page's layout (EmbedLayout.astro) keeps the
// chart image at a fixed height, so the content fits from 320 px wide up;
// site/test/e2e/embed.test.ts measures that it does.

/** Height of the chart image on an embed page, px (EmbedLayout's CSS uses it too). */
export const EMBED_IMAGE_HEIGHT = 220;

/** Iframe height: title, image, licence and link back, plus one block per
 *  KPI (figure, trend, table disclosure, source) as tall as they get at
 *  320 px; wider containers keep some space below. */
export const embedHeight = (kpiCount: number) => 520 + 270 * kpiCount;

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
