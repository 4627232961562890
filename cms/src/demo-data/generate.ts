// Deterministic value generators for the demo data: a seeded PRNG and
// closed-form yearly curves. There is no unseeded randomness, so every build
// produces exactly the same numbers.

/** First and last reporting year of the demo series. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;

/** FNV-1a hash of a string; seeds the PRNG per KPI and series. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a tiny seeded PRNG returning numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a curve moves from its first to its last level. */
export type Shape = 'linear' | 'accelerating' | 'saturating';

/** A yearly curve: level in 2015 and 2024, shape, noise and one-off shocks. */
export interface Curve {
  /** Level in FIRST_YEAR and LAST_YEAR. */
  v: readonly [number, number];
  /** Course between the two levels; linear unless told. */
  shape?: Shape;
  /** Relative noise amplitude, e.g. 0.02 for ±2 %; 0.015 unless told. */
  noise?: number;
  /** Multiplicative factors for single years, e.g. { 2020: 0.7 } for a slump. */
  shocks?: Readonly<Record<number, number>>;
}

const EASE: Record<Shape, (t: number) => number> = {
  linear: (t) => t,
  accelerating: (t) => t * t,
  saturating: (t) => 1 - (1 - t) * (1 - t),
};

/** Rounds half away from zero to the given number of decimals. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** Values of a curve for FIRST_YEAR..LAST_YEAR, keyed by year. */
export function yearly(curve: Curve, seed: string, decimals: number): Map<number, number> {
  const random = prng(hashSeed(seed));
  const [start, end] = curve.v;
  const ease = EASE[curve.shape ?? 'linear'];
  const noise = curve.noise ?? 0.015;
  const values = new Map<number, number>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const t = (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);
    const level = start + (end - start) * ease(t);
    const jitter = 1 + noise * (random() * 2 - 1);
    const shock = curve.shocks?.[year] ?? 1;
    values.set(year, round(level * jitter * shock, decimals));
  }
  return values;
}
