// The bytes of a PNG that png.ts made: from its cache file, or as rendered when the cache is off.
import { readFileSync } from 'node:fs';
import type { RenderedPng } from '../../src/lib/images/png.ts';

export const pngBytes = (png: RenderedPng): Buffer => ('bytes' in png ? png.bytes : readFileSync(png.file));
