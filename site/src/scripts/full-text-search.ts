// The search page (/suche/): Pagefind's UI made to fit (a visible label for
// its input, the landmark named for what it searches, the count announced in
// a live region) and made tolerant of typos: when a word of the query is not a
// word of the site, the page searches the nearest words instead and says so
// ("3 Ergebnisse für „Radwege“ – Sie suchten „Radwge“"). Pagefind 1.6 never
// finds nothing for such a word: it matches it loosely ("Radwge" ranks pages
// on "Rad" first), so the page does not wait for an empty result. The
// visitor's input is never rewritten. The typo code and the vocabulary load
// on the first search; Pagefind UI itself (30 KB gzip, more than a page's
// whole script budget) when the visitor first focuses the search field or
// comes with ?q=: until then a plain input of the same size stands in for
// Pagefind's, and hands over its value, caret and focus.
import type { WordIndex } from '../lib/typo-correction.ts';

interface PagefindApi {
  search(term: string): Promise<{ results: unknown[] }>;
}
interface PagefindUi {
  triggerSearch(term: string): void;
  triggerFilters(filters: object): void;
}
declare const PagefindUI: new (options: object) => PagefindUi;

const root = document.getElementById('volltextsuche')!;
const status = document.getElementById('suchstatus')!;
const texts = root.dataset;
const notice = document.createElement('p');
notice.className = 'search-correction';

/** Per query as typed (trimmed): the corrected query and its count, null when none applies; absent while checking. */
const corrections = new Map<string, { query: string; count: number } | null>();

let pagefind: Promise<PagefindApi> | undefined;
// Same URL as Pagefind UI's own import: one module, one loaded index.
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ `${texts.bundle}pagefind.js`) as Promise<PagefindApi>);

let words: Promise<{ index: WordIndex; correctQuery: (index: WordIndex, query: string) => string | null }> | undefined;
const loadWords = () =>
  (words ??= Promise.all([
    import('../lib/typo-correction.ts'),
    fetch(texts.vocabulary!).then((r) => r.json() as Promise<{ words: string[] }>),
  ]).then(([lib, file]) => ({ index: lib.indexVocabulary(file.words), correctQuery: lib.correctQuery })));

const input = () => root.querySelector<HTMLInputElement>('input');
const typed = () => input()?.value.trim() ?? '';

async function check(term: string): Promise<void> {
  let result: { query: string; count: number } | null = null;
  try {
    const { index, correctQuery } = await loadWords();
    const query = correctQuery(index, term);
    const count = query ? (await (await loadPagefind()).search(query)).results.length : 0;
    if (query && count > 0) result = { query, count };
  } catch {
    // Without the vocabulary the search simply stays as typed.
  }
  corrections.set(term, result);
  // Pagefind UI searches again (a filter change re-runs the current term), now with the correction.
  if (result && typed() === term) ui?.triggerFilters({});
  show();
}

const fill = (template: string | undefined, values: Record<string, string>) =>
  (template ?? '').replace(/\[(\w+)\]/g, (all, key: string) => values[key] ?? all);

/** The correction notice in place of Pagefind's count line (hidden by CSS meanwhile). */
function place(): void {
  const term = typed();
  const correction = corrections.get(term);
  const message = root.querySelector('.pagefind-ui__message');
  if (correction && message) {
    const text = fill(correction.count === 1 ? texts.correctedOne : texts.correctedMany, {
      COUNT: String(correction.count),
      CORRECTED: correction.query,
      TYPED: term,
    });
    if (notice.textContent !== text) notice.textContent = text;
    if (message.previousElementSibling !== notice) message.before(notice);
    root.classList.add('is-corrected');
  } else if (notice.isConnected || root.classList.contains('is-corrected')) {
    notice.remove();
    root.classList.remove('is-corrected');
  }
}

/** The live region's text: the notice or Pagefind's count line, once settled. */
function announce(): void {
  const term = typed();
  // Only settled results (Pagefind renders its result list then), and not while
  // the check runs: "no results" or "searching" would be taken back a moment later.
  if (term && (!corrections.has(term) || !root.querySelector('.pagefind-ui__results'))) return;
  const text = notice.isConnected
    ? (notice.textContent ?? '')
    : (root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '');
  if (status.textContent !== text) status.textContent = text;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function show(): void {
  place();
  clearTimeout(timer);
  timer = setTimeout(announce, 400);
}

let ui: PagefindUi | undefined;

function startPagefind(): void {
  ui = new PagefindUI({
    element: '#volltextsuche',
    bundlePath: texts.bundle,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { search_label: texts.label, placeholder: texts.placeholder },
    processTerm: (term: string) => {
      const key = term.trim();
      const correction = corrections.get(key);
      if (correction === undefined) void check(key);
      return correction?.query ?? term;
    },
  });
  const field = input();
  const standIn = starter.querySelector('input')!;
  if (field) {
    const focused = document.activeElement === standIn;
    starter.remove();
    field.id = 'suchbegriff';
    field.value = standIn.value;
    if (focused) {
      field.focus();
      field.setSelectionRange(standIn.selectionStart, standIn.selectionEnd);
    }
  }
  // Announce once the results settle, not every keystroke.
  new MutationObserver(show).observe(root, { childList: true, subtree: true, characterData: true });
  const term = standIn.value.trim() || new URLSearchParams(location.search).get('q');
  if (term) ui.triggerSearch(term);
}

const starter = document.querySelector<HTMLFormElement>('[data-search-start]')!;
let loading = false;
function loadPagefindUi(): void {
  if (loading) return;
  loading = true;
  const script = document.createElement('script');
  script.src = `${texts.bundle}pagefind-ui.js`;
  script.addEventListener('load', startPagefind);
  document.head.append(script);
}
starter.addEventListener('focusin', loadPagefindUi);
starter.addEventListener('pointerdown', loadPagefindUi);
// Enter before Pagefind is there: stay on the page, the search starts with what was typed.
starter.addEventListener('submit', (event) => {
  event.preventDefault();
  loadPagefindUi();
});
if (new URLSearchParams(location.search).has('q')) {
  starter.querySelector('input')!.value = new URLSearchParams(location.search).get('q') ?? '';
  loadPagefindUi();
}
