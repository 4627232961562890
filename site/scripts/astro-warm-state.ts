// What a warm build needs from Astro's first build in a process, and the
// warm build itself: render the pages again with the server bundle, build
// data and options that first build made, without starting Astro and Vite
// again (demo: 0.4 s instead of 4 s, docs/publishing.md).
//
// Astro has no public API for this. The first build runs with an integration
// whose prerenderer (`setPrerenderer`, the hook adapters use) wraps Astro's
// own: at its setup it learns the build data (`app.setInternals`), the
// options, the server bundle's folder and the files Vite wrote before the
// first page (client scripts, styles, public/). A warm build calls Astro's
// own `generatePages` (dist/core/build/generate.js, not exported, so imported
// by path) with them, for a new output folder. Its incremental cache decides
// what to render, as in any build. Tested: a warm build's output equals a
// full build's byte for byte (scripts/publisher/test/incremental-build.test.ts);
// an Astro update that changes these internals fails that test, or the
// capture, and then every build is a first build (slow, still right).
// What a warm build does not do, and so refuses to be used for: run other
// integrations' `astro:build:done` hooks (a sitemap integration would lose
// its files) and generate images of `astro:assets` (the site has none).
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { siteRoot } from './build-steps.ts';

/** The parts of Astro's build options a warm build changes. */
interface BuildOptions {
  settings: { config: { outDir: URL } };
  pageNames: string[];
}
interface PrerenderApp {
  setInternals(internals: unknown): void;
  getOptions(): BuildOptions;
  routeCache: { clearAll(): void };
}
/** Astro's own prerenderer: its app is set by its setup. */
type AstrosPrerenderer = AstroPrerenderer & { app?: PrerenderApp };
type GeneratePages = (options: BuildOptions, internals: unknown, prerenderOutputDir: URL) => Promise<void>;

export interface WarmState {
  app: PrerenderApp;
  options: BuildOptions;
  internals: unknown;
  /** The server bundle's folder; Astro deletes it after a build, so it is put back (`keepServerBundle`). */
  bundleDir: string;
  /** Files in the output folder before the first page was rendered (relative): scripts, styles, public/. */
  assetFiles: string[];
}

const PRERENDER_ENTRY = /^prerender-entry.*\.mjs$/;

/** Where Astro put the server bundle (see ownWorkDir in build-steps.ts): below the output folder or the working one. */
function findBundleDir(outDir: string): string {
  const candidates = [join(outDir, '.prerender'), join(process.cwd(), '.astro', '.prerender')];
  const found = candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => PRERENDER_ENTRY.test(f)));
  if (!found) throw new Error(`Astro's server bundle was not found in ${candidates.join(' or ')}`);
  return found;
}

function filesBelow(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('.prerender/') && !skip.has(file));
}

/**
 * The integration for the first build of a warm process. `keptPages`: the pages linked into the output folder before
 * Astro started (incremental-build.ts), which are no assets. `capture` receives the state, or the reason it could
 * not be taken (the build itself goes on).
 */
export function captureWarmState(options: {
  outDir: string;
  keptPages: readonly string[];
  keepDir: string;
  capture: (state: WarmState | Error) => void;
}): AstroIntegration {
  let taken = false;
  /** Why warm builds would differ from this one, found before or after its pages. */
  let refused: Error | null = null;
  return {
    name: 'sdd:warm-state',
    hooks: {
      'astro:config:done': ({ config }) => {
        const after = config.integrations.filter((i) => i.name !== 'sdd:warm-state' && i.hooks['astro:build:done']);
        if (after.length > 0)
          refused = new Error(
            `the integrations ${after.map((i) => i.name).join(', ')} run after the build, which a warm build skips`,
          );
      },
      'astro:build:done': () => {
        const images = (globalThis as { astroAsset?: { staticImages?: Map<unknown, unknown> } }).astroAsset;
        if (images?.staticImages?.size)
          refused = new Error('the site has astro:assets images, which a warm build skips');
        if (refused) options.capture(refused);
      },
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((astros: AstrosPrerenderer): AstroPrerenderer => ({
          name: 'sdd:warm-state',
          async setup() {
            if (taken || refused) return astros.setup?.();
            taken = true;
            let internals: unknown;
            let bundleDir: string;
            try {
              bundleDir = findBundleDir(options.outDir);
              const entry = readdirSync(bundleDir).find((f) => PRERENDER_ENTRY.test(f))!;
              // The same module Astro's prerenderer imports next: its app hands over the build data.
              const bundle = (await import(pathToFileURL(join(bundleDir, entry)).href)) as { app: PrerenderApp };
              const setInternals = bundle.app.setInternals.bind(bundle.app);
              bundle.app.setInternals = (value) => {
                internals = value;
                setInternals(value);
              };
              rmSync(options.keepDir, { recursive: true, force: true });
              cpSync(bundleDir, options.keepDir, { recursive: true });
            } catch (error) {
              options.capture(error as Error);
              return astros.setup?.();
            }
            await astros.setup?.();
            const app = astros.app;
            if (!app || internals === undefined) {
              options.capture(new Error("Astro's prerenderer did not hand over its app and build data"));
              return;
            }
            const assetFiles = filesBelow(options.outDir, new Set(options.keptPages));
            options.capture({ app, options: app.getOptions(), internals, bundleDir, assetFiles });
          },
          async getStaticPaths() {
            const paths = await astros.getStaticPaths();
            // Astro adds each written file to its route's `distURL`; the routes live as long as the process, so a
            // warm build starts them empty, as a new process would.
            for (const { route } of paths) route.distURL = [];
            return paths;
          },
          render: (request, renderOptions) => astros.render(request, renderOptions),
          teardown: () => astros.teardown?.() ?? Promise.resolve(),
        })),
    },
  };
}

/** After the first build: its server bundle back where the imported modules expect it (Astro deleted it). */
export function keepServerBundle(state: WarmState, keepDir: string): void {
  rmSync(state.bundleDir, { recursive: true, force: true });
  renameSync(keepDir, state.bundleDir);
}

let generatePages: GeneratePages | undefined;

/** Renders the site again into `outDir`, which holds the kept pages and the asset files already. */
export async function renderAgain(state: WarmState, outDir: string): Promise<void> {
  if (!generatePages) {
    const astroDir = dirname(createRequire(join(siteRoot, 'package.json')).resolve('astro/package.json'));
    const generate = pathToFileURL(join(astroDir, 'dist', 'core', 'build', 'generate.js')).href;
    ({ generatePages } = (await import(generate)) as { generatePages: GeneratePages });
  }
  state.options.settings.config.outDir = pathToFileURL(`${outDir}/`);
  state.options.pageNames = [];
  // getStaticPaths' results of the last build (Astro caches them for a build).
  state.app.routeCache.clearAll();
  await generatePages(state.options, state.internals, pathToFileURL(`${state.bundleDir}/`));
}
