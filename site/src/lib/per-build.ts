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
