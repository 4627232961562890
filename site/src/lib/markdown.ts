// Markdown from the CMS to HTML at build time. Raw HTML in the source is
// escaped, not rendered: editors' text can never inject markup or scripts.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const renderMarkdown = (source: string): string => md.render(source);
