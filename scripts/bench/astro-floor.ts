// The bare-Astro floor: how long `astro build` takes on this machine, now,
// for N trivial pages (one dynamic route, a line of text each) and, beside
// them, M trivial files (one endpoint route, a line of CSV each) — what no
// change to the site's own code can go below while Astro makes every output.
// The site makes about two files per page (CSV, JSON, SVG, share preview of
// each KPI and tile); each costs Astro a route and a new file like a page. A throwaway project inside the
// site folder (so that it finds the site's Astro), removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Milliseconds of `astro build` for `pages` trivial pages and `files` trivial files beside them. */
export function astroFloorMs(pages: number, files = 0): number {
  const project = join(ROOT, 'site', '.bench-floor', String(process.pid));
  mkdirSync(join(project, 'src', 'pages'), { recursive: true });
  try {
    writeFileSync(
      join(project, 'astro.config.mjs'),
      "export default { output: 'static', build: { format: 'directory' } };\n",
    );
    writeFileSync(
      join(project, 'src', 'pages', '[n].astro'),
      [
        '---',
        `export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));`,
        '---',
        '<html lang="de"><head><title>Seite {Astro.params.n}</title></head><body><p>{Astro.params.n}</p></body></html>',
        '',
      ].join('\n'),
    );
    if (files > 0)
      writeFileSync(
        join(project, 'src', 'pages', '[n].csv.ts'),
        [
          `export const getStaticPaths = () => Array.from({ length: ${files} }, (_, n) => ({ params: { n: String(n) } }));`,
          'export const GET = ({ params }) => new Response(`Nummer\\n${params.n}\\n`);',
          '',
        ].join('\n'),
      );
    const astro = join(
      dirname(createRequire(join(ROOT, 'site', 'package.json')).resolve('astro/package.json')),
      'bin',
      'astro.mjs',
    );
    const started = performance.now();
    const result = spawnSync(process.execPath, [astro, 'build', '--silent', '--root', project], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`bare Astro build failed: ${result.stderr.slice(-2000)}`);
    return performance.now() - started;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
