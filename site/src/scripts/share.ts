// The share block's copy buttons (ShareBlock.astro): each copies the text of
// the element its data-copy names (a link's address, a textarea's value, a
// citation's text) and says so in the block's polite live region. Shown
// only where the clipboard API exists; without it everything stays
// selectable. Also renders the citation again with today's date: the access
// date is the reader's, not the build's.
import { type CitationFacts, type CitationFormat, formatCitation } from '../lib/citation.ts';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

for (const holder of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const facts = { ...(JSON.parse(holder.dataset.citation!) as CitationFacts), accessed: today() };
  for (const block of holder.querySelectorAll<HTMLElement>('[data-citation-format]')) {
    block.textContent = formatCitation(block.dataset.citationFormat as CitationFormat, facts);
  }
}

const textOf = (element: HTMLElement) =>
  element instanceof HTMLAnchorElement
    ? element.href
    : element instanceof HTMLTextAreaElement
      ? element.value
      : (element.textContent ?? '');

// navigator.clipboard exists only on HTTPS (and localhost).
if (navigator.clipboard) {
  for (const block of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const status = block.querySelector<HTMLElement>('[data-copy-status]')!;
    for (const button of block.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const source = document.getElementById(button.dataset.copy!)!;
        // Cleared first, so the same message twice is announced twice.
        status.textContent = '';
        try {
          await navigator.clipboard.writeText(textOf(source));
          status.textContent = button.dataset.done ?? '';
        } catch {
          status.textContent = status.dataset.failed ?? '';
        }
      });
    }
  }
}
