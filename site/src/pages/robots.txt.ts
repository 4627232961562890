import type { APIRoute } from 'astro';
import { isPreviewBuild } from '../data/preview-mode.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    isPreviewBuild()
      ? 'User-agent: *\nDisallow: /\n'
      : `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site)}\n`,
  );
