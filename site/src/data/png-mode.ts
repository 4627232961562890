// Whether this build renders PNGs (the share previews; chart PNGs are drawn
// in the visitor's browser, scripts/chart-png.ts).
// SITE_PNG_IMAGES=1 or 0 decides; unset, live builds do and preview builds
// (SITE_PREVIEW=1) do not, to stay fast: a preview then has no og:image, never a
// broken one. SVGs, CSV and JSON are always built.
import { isPreviewBuild } from './preview-mode.ts';

export function pngImagesEnabled(): boolean {
  const setting = process.env.SITE_PNG_IMAGES;
  if (setting === '1' || setting === '0') return setting === '1';
  return !isPreviewBuild();
}
