// The share preview of pages without their own (og:image at /vorschau.png):
// site title and city. A dynamic route only so that a build without PNGs
// (png-mode.ts) can leave the file out.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pngImagesEnabled } from '../data/png-mode.ts';
import { siteShareFiles } from '../data/site-images.ts';

export const getStaticPaths = (() =>
  pngImagesEnabled() ? [{ params: { share: 'vorschau' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await (await siteShareFiles()).png()), { headers: { 'content-type': 'image/png' } });
