// The reserved URL names cover every route and generated file of the site,
// read from site/src/pages itself, so a new section cannot be forgotten.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedSlug, PAGE_SLUG_PATTERN, RESERVED_SLUGS } from '../src/reserved-slugs.ts';
import { ENUM_LABELS_DE, enumValueLabelsDe } from '../src/enum-labels-de.ts';

const PAGES = join(import.meta.dirname, '../../site/src/pages');

/**
 * First URL segment of each entry of site/src/pages: "kacheln/", "suche.astro" → "suche", "robots.txt.ts" →
 * "robots.txt".
 */
const siteSegments = () =>
  readdirSync(PAGES, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.(astro|ts)$/, '')))
    .filter((name) => !name.startsWith('['));

describe('reserved slugs', () => {
  it('include every first path segment of the site', () => {
    const segments = siteSegments();
    expect(segments.length).toBeGreaterThan(8);
    expect(segments.filter((s) => !isReservedSlug(s))).toEqual([]);
  });

  it('are refused by the page slug pattern, ordinary slugs are not', () => {
    const pattern = new RegExp(PAGE_SLUG_PATTERN);
    for (const slug of RESERVED_SLUGS) expect(pattern.test(slug), slug).toBe(false);
    for (const slug of ['impressum', 'kacheln-info', 'meine-kacheln', 'sdg-17', 'a'])
      expect(pattern.test(slug), slug).toBe(true);
    for (const slug of ['Impressum', 'zwei  worte', '-x', 'x-']) expect(pattern.test(slug), slug).toBe(false);
  });
});

describe('German labels of the choice lists', () => {
  it('use each stored value once across all lists (the admin looks them up by value alone)', () => {
    const values = Object.values(ENUM_LABELS_DE).flatMap((labels) => Object.keys(labels));
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(enumValueLabelsDe())).toHaveLength(values.length);
  });
});
