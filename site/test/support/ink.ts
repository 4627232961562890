// Where a rendered image has ink: the tests that text stays inside the
// share previews (no pixel right of the text area other than white).
import { decodePng } from './png-decode.ts';

/** The first column at or right of `fromX` with a pixel that is not (nearly) white; undefined if there is none. */
export function inkFrom(png: Uint8Array, fromX: number): number | undefined {
  const { width, height, rgba } = decodePng(png);
  for (let y = 0; y < height; y++)
    for (let x = fromX; x < width; x++) {
      const at = (y * width + x) * 4;
      if (rgba[at]! < 250 || rgba[at + 1]! < 250 || rgba[at + 2]! < 250) return x;
    }
  return undefined;
}
