// Text as UTF-8 bytes, and bytes joined: the open-data files are served as
// bytes (a string in a Response would be checked and encoded again), and
// those made of pieces kept between builds are joined, not encoded anew.

export const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

/** The chunks one after the other, in one new array. */
export function joined(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
