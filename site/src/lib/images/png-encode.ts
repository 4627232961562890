// PNG encoding of resvg's pixels with Node's zlib. resvg's own encoder took
// about 36 ms of an image's 57 (1200×700 px, measured on the demo images);
// this one about 7 ms at a smaller file (46 KB against 52 KB on average): our
// images are opaque (a white background), so they are stored as RGB without
// the alpha byte, rows unfiltered, deflated at level 3. Rows filtered by
// "sub" or "up" and higher levels were tried: smaller by a few KB, slower by
// several ms. The pixels are exactly resvg's (lossless; png-encode.test.ts
// decodes and compares them).
// Plain Node: imported by png-worker.ts, which runs without a bundler.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** IHDR colour types (PNG specification, 11.2.2). */
const COLOUR_TYPE = { rgb: 2, rgba: 6 } as const;
const DEFLATE_LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/** The scanlines: each row behind its filter byte 0 ("none"), as RGB when every pixel is opaque. */
function scanlines(rgba: Uint8Array, width: number, height: number, channels: 3 | 4): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array((stride + 1) * height);
  if (channels === 4) {
    for (let y = 0; y < height; y++) out.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    return out;
  }
  let o = 0;
  let s = 0;
  for (let y = 0; y < height; y++) {
    o++; // filter byte 0
    for (let x = 0; x < width; x++, s += 4) {
      out[o++] = rgba[s]!;
      out[o++] = rgba[s + 1]!;
      out[o++] = rgba[s + 2]!;
    }
  }
  return out;
}

/**
 * resvg's `pixels` are premultiplied by alpha (tiny-skia's pixmap); PNG wants
 * them straight. Only for images with transparency, which ours do not have.
 */
function demultiply(premultiplied: Uint8Array): Uint8Array {
  const rgba = new Uint8Array(premultiplied);
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]!;
    if (a === 255) continue;
    for (let c = i; c < i + 3; c++) rgba[c] = a === 0 ? 0 : Math.min(255, Math.round((rgba[c]! * 255) / a));
  }
  return rgba;
}

/** A PNG of premultiplied RGBA pixels (row by row, 4 bytes each: resvg's `pixels`). */
export function encodePng(premultiplied: Uint8Array, width: number, height: number): Buffer {
  if (premultiplied.length !== width * height * 4)
    throw new Error(`${premultiplied.length} bytes are not ${width}×${height} RGBA pixels`);
  const opaque = isOpaque(premultiplied);
  const channels = opaque ? 3 : 4;
  const rgba = opaque ? premultiplied : demultiply(premultiplied);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = channels === 3 ? COLOUR_TYPE.rgb : COLOUR_TYPE.rgba;
  // compression, filter method, interlace: 0 each (the only defined / none)
  const data = deflateSync(scanlines(rgba, width, height, channels), { level: DEFLATE_LEVEL });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}
