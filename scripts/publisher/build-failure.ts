// A failed build, told twice: for editors in German on the admin page
// ("Veröffentlichung") — which entry, which field, what to do, never a stack
// trace — and for operators in the publisher's log, with the technical detail.
import type { BuildProblem } from '@sdd/shared-types';
import { CmsError } from '../snapshot/cms-client.ts';
import { SnapshotInvalidError } from '../snapshot/take-snapshot.ts';
import { contentProblems } from './content-problems.ts';
import { StepError } from './run-step.ts';

/** Pages the built site lacks or has beyond the site's manifest of them. */
export interface PageMismatch {
  built: number;
  expected: number;
  missing: string[];
  unlisted: string[];
}

const some = (paths: string[]) => paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');

/**
 * The built site failed its checks: pages other than its manifest names, or internal links into nothing ("page →
 * link").
 */
export class ChecksFailedError extends Error {
  override readonly name = 'ChecksFailedError';
  readonly found: { pages?: PageMismatch; brokenLinks?: string[] };
  constructor(found: ChecksFailedError['found']) {
    super(
      found.pages
        ? `${found.pages.built} pages built, ${found.pages.expected} expected; missing: ${some(found.pages.missing) || 'none'}; not in the manifest: ${some(found.pages.unlisted) || 'none'}`
        : `${found.brokenLinks?.length ?? 0} broken internal links, e.g. ${(found.brokenLinks ?? []).slice(0, 3).join('; ')}`,
    );
    this.found = found;
  }
}

export interface BuildFailure {
  /** One German sentence for the history. */
  summary: string;
  problems: BuildProblem[];
  /** For the log: the step and the technical message. */
  detail: string;
}

/** The pipeline's step names in the editors' words. */
const STEP_DE: Record<string, string> = {
  'build folder': 'Ordner anlegen',
  snapshot: 'Inhalte aus dem CMS lesen',
  'astro build + pagefind': 'Website bauen',
  checks: 'Gebaute Website prüfen',
  switch: 'Neue Fassung online schalten',
};

const TECHNICAL =
  'Die technische Betreuung verständigen; die Einzelheiten stehen im Protokoll des Veröffentlichungsdienstes.';
const UNCHANGED = 'Die bisherige Fassung der Website bleibt online.';
/** Broken links listed one by one; beyond that, one line says how many more. */
const LINKS_SHOWN = 10;

const problem = (kind: BuildProblem['kind'], message: string, remedy: string): BuildProblem => ({
  kind,
  entry: null,
  field: null,
  message,
  remedy,
});

// Colour codes in a child's output (ESC is a control character by definition).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const NOISE = [
  /^\s*at\s/,
  /^\s*\d+\s*\|/,
  /^\s*\|/,
  /^\s*\^+\s*$/,
  /^\s*(Stack trace|Location):?\s*$/i,
  /^node:/,
  /^\s*[{}[\]]\s*$/,
  /^\s*exit \S+:\s*$/,
];

/** The first line of a failed site build that says what went wrong, without timestamps, tags or stack frames. */
export function firstMeaningfulLine(output: string): string {
  const lines = output
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !NOISE.some((n) => n.test(l)));
  const line = lines.find((l) => /\b(error|failed|fehler)\b/i.test(l)) ?? lines[0] ?? '';
  const cleaned = line
    .replace(/^exit \S+:\s*/, '')
    .replace(/^\d{1,2}:\d{2}:\d{2}\s*/, '')
    .replace(/^(\[[^\]]*\]\s*)+/, '')
    .replace(/^(\w*Error|error):\s*/, '')
    .trim();
  return (cleaned || 'ohne weitere Angabe').slice(0, 300);
}

function cmsProblem(error: CmsError, cmsUrl: string): BuildProblem {
  if (error.kind === 'unreachable') {
    return problem(
      'cms',
      `Das CMS war nicht erreichbar: Der Veröffentlichungsdienst bekam unter ${cmsUrl} keine Antwort.`,
      `Prüfen, ob das CMS läuft, sonst die technische Betreuung verständigen; danach „Jetzt veröffentlichen“. ${UNCHANGED}`,
    );
  }
  if (error.kind === 'refused') {
    return problem(
      'cms',
      `Das CMS hat den Zugriffsschlüssel der Veröffentlichung abgelehnt (HTTP ${error.status ?? '?'}).`,
      `Die technische Betreuung verständigen: Der API-Schlüssel „site-build (read-only)“ fehlt, wurde geändert oder darf nicht alle Inhalte lesen; ein Neustart des CMS stellt ihn wieder her. ${UNCHANGED}`,
    );
  }
  return problem('cms', 'Das CMS hat unerwartet geantwortet.', `${TECHNICAL} ${UNCHANGED}`);
}

function checkProblems(error: ChecksFailedError): BuildProblem[] {
  const { pages, brokenLinks = [] } = error.found;
  if (pages)
    return [
      problem(
        'checks',
        `Es wurden ${pages.built} Seiten gebaut, erwartet waren ${pages.expected}` +
          (pages.missing.length > 0 ? `; es fehlen ${some(pages.missing)}` : '') +
          (pages.unlisted.length > 0 ? `; nicht vorgesehen sind ${some(pages.unlisted)}` : '') +
          '.',
        `${TECHNICAL} ${UNCHANGED}`,
      ),
    ];
  const listed = brokenLinks.slice(0, LINKS_SHOWN).map((pair) => {
    const [page, link] = pair.split(' → ');
    return problem(
      'checks',
      `Die Seite ${page} verlinkt auf ${link}, eine Adresse, die es auf der Website nicht gibt.`,
      `Den Link im Text der Seite ${page} im CMS korrigieren oder den Eintrag, auf den er zeigt, veröffentlichen. ${UNCHANGED}`,
    );
  });
  const more = brokenLinks.length - listed.length;
  return more > 0
    ? [
        ...listed,
        problem(
          'checks',
          `… und ${more} weitere Links ins Leere.`,
          'Nach dem Korrigieren der genannten erneut veröffentlichen.',
        ),
      ]
    : listed;
}

function problemsOf(step: string, error: unknown, cmsUrl: string): BuildProblem[] {
  if (error instanceof SnapshotInvalidError) return contentProblems(error);
  if (error instanceof CmsError) return [cmsProblem(error, cmsUrl)];
  if (error instanceof ChecksFailedError) return checkProblems(error);
  const message = (error as Error)?.message ?? String(error);
  if (error instanceof StepError && /PUBLISHER_BUILD_TIMEOUT_MS/.test(message)) {
    return [
      problem(
        'publisher',
        `Der Schritt „${STEP_DE[step] ?? step}“ dauerte zu lange und wurde abgebrochen.`,
        `${TECHNICAL} ${UNCHANGED}`,
      ),
    ];
  }
  if (step === 'astro build + pagefind')
    return [
      problem(
        'site',
        `Die Website konnte nicht gebaut werden: ${firstMeaningfulLine(message)}`,
        `${TECHNICAL} ${UNCHANGED}`,
      ),
    ];
  return [
    problem(
      'publisher',
      `Der Neubau ist im Schritt „${STEP_DE[step] ?? step}“ fehlgeschlagen.`,
      `${TECHNICAL} ${UNCHANGED}`,
    ),
  ];
}

export function describeFailure(step: string, error: unknown, cmsUrl: string): BuildFailure {
  const problems = problemsOf(step, error, cmsUrl);
  const what = problems.length === 1 ? problems[0]!.message : `${problems.length} Probleme`;
  return {
    summary: `${STEP_DE[step] ?? step} fehlgeschlagen: ${what}`,
    problems,
    detail: `${step}: ${(error as Error)?.message ?? String(error)}`,
  };
}
