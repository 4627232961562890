// The benchmarks' settings, read as every command reads its own
// (scripts/cli-config.ts): a wrong value stops the run before it measures,
// with a German message, instead of running NaN rounds.
import { z } from 'zod';
import { configOrExit, positiveInt } from '../cli-config.ts';

/** BENCH_ROUNDS: how often each measurement runs (default per benchmark). */
export const benchRounds = (fallback: number): number =>
  configOrExit('Benchmark', z.object({ BENCH_ROUNDS: positiveInt(fallback) }), process.env).BENCH_ROUNDS;

/** BENCH_PART (publish benchmark): only the path through the CMS, only the site build, or both. */
export const benchPart = (): 'cms' | 'site' | 'all' =>
  configOrExit(
    'Benchmark',
    z.object({
      BENCH_PART: z.enum(['cms', 'site', 'all'], { error: '„cms“, „site“ oder weglassen (beides)' }).default('all'),
    }),
    process.env,
  ).BENCH_PART;

/** BENCH_X10=1 (image benchmark): also measure a snapshot ten times the demo's size. */
export const benchTenfold = (): boolean =>
  configOrExit(
    'Benchmark',
    z.object({ BENCH_X10: z.enum(['0', '1'], { error: '„1“ (auch die zehnfache Datenmenge) oder „0“' }).default('0') }),
    process.env,
  ).BENCH_X10 === '1';
