// Values made once per build. A build from the command line renders one
// snapshot per process, but the publisher's warm builder
// (scripts/warm-build-worker.ts) renders build after build in one process,
// each from its own snapshot: a model, key or image made for one build must
// not be served to the next. The worker counts its builds in a global (the
// pages run from Astro's server bundle, a module graph of their own, so a
// module export would not reach them).
const BUILD_NUMBER = Symbol.for('sdd.site.buildNumber');

type WithBuildNumber = typeof globalThis & { [BUILD_NUMBER]?: number };

/** The number of the build this process renders now (0 for a one-build process). */
export const buildNumber = (): number => (globalThis as WithBuildNumber)[BUILD_NUMBER] ?? 0;

/** Starts the next build of this process: every `perBuild` value is made anew when next asked for. */
export function startNextBuild(): void {
  (globalThis as WithBuildNumber)[BUILD_NUMBER] = buildNumber() + 1;
}

/** `make()` once per build: the same value on every call in a build, a new one in the next. */
export function perBuild<T>(make: () => T): () => T {
  let made: { build: number; value: T } | undefined;
  return () => {
    const build = buildNumber();
    if (made?.build !== build) made = { build, value: make() };
    return made.value;
  };
}

/**
 * `make(input)` once per content, kept between builds: a value this build or the last one made for the same
 * `keyOf(input)` is taken again; values neither asked for are dropped, so at most two builds' worth are held. For work
 * on single KPIs that a publish mostly leaves as it was (the collection's CSV lines and archive pieces): at ten times
 * the demo, making all of it again cost 0.4 s of each build.
 */
export function keptBetweenBuilds<I, T>(make: (input: I) => T, keyOf: (input: I) => string): (input: I) => T {
  let build = -1;
  let last = new Map<string, T>();
  let now = new Map<string, T>();
  return (input) => {
    if (buildNumber() !== build) {
      build = buildNumber();
      last = now;
      now = new Map();
    }
    const key = keyOf(input);
    const value = now.has(key) ? now.get(key)! : last.has(key) ? last.get(key)! : make(input);
    now.set(key, value);
    return value;
  };
}
