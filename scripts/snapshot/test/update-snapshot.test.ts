// The snapshot after KPIs were published again (update-snapshot.ts), against
// a stand-in CMS that answers with the KPIs as the REST API sends them. When
// the rest of the snapshot could show something new, or the answer does not
// fit, it must give up (null) so that everything is read; the real CMS case
// (a KPI published in the admin) is in publisher.int.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSeriesLines, snapshotSchema, type Snapshot } from '@sdd/shared-types';
import type { CmsClient } from '../cms-client.ts';
import type { SnapshotRead } from '../take-snapshot.ts';
import { MAX_KPIS_READ_ALONE, nextSnapshot, READ_EVERYTHING_AFTER_MS, updateSnapshot } from '../update-snapshot.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'site', 'fixtures', 'demo-snapshot.json');
const snapshot: Snapshot = snapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
type Kpi = Snapshot['kpis'][number];
const idOf = (code: string) => `doc-${code}`;
const last: SnapshotRead = {
  snapshot,
  kpiCodes: new Map(snapshot.kpis.map((k) => [idOf(k.code), k.code])),
  everythingReadAt: Date.now(),
};

/** A KPI as GET /api/kpis sends it (the inverse of to-snapshot.ts's kpi). */
const asApi = (k: Kpi, documentId = idOf(k.code)) => ({
  ...k,
  documentId,
  sourceUrl: k.sourceUrl ?? '',
  target: k.target ? { ...k.target, label: k.target.label ?? '' } : null,
  actionFields: k.actionFields.map((slug) => ({ slug })),
  comparisonSeries: formatSeriesLines(k.comparisonSeries),
  progressOverride: k.progressOverride?.status ?? null,
  progressOverrideReason: k.progressOverride?.reason ?? null,
});

/** A CMS that answers every collection request with `answer`, and remembers what it was asked. */
function cmsAnswering(answer: object[]): CmsClient & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    collection: async (plural, query) => {
      asked.push(`${plural}?${query}`);
      return answer as never;
    },
    single: async () => {
      throw new Error('not asked for here');
    },
  };
}

const kpi = snapshot.kpis.find((k) => k.observations.length > 0)!;
const changed = { ...kpi, name: 'Neu veröffentlicht', observations: kpi.observations.slice(1) };

describe('the snapshot after KPIs were published again', () => {
  it('asks only for those KPIs and puts them in their place; everything else stays', async () => {
    const cms = cmsAnswering([asApi(changed)]);
    const next = await updateSnapshot(
      cms,
      last,
      new Set([idOf(kpi.code)]),
      snapshot.source,
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(cms.asked).toHaveLength(1);
    expect(cms.asked[0]).toContain(`filters[documentId][$in][0]=${idOf(kpi.code)}`);
    expect(next).not.toBeNull();
    const at = snapshot.kpis.indexOf(kpi);
    expect(next!.snapshot.kpis[at]).toEqual(changed);
    expect({ ...next!.snapshot, kpis: null, generatedAt: null }).toEqual({
      ...snapshot,
      kpis: null,
      generatedAt: null,
    });
    expect(next!.snapshot.kpis.filter((k) => k !== next!.snapshot.kpis[at])).toEqual(
      snapshot.kpis.filter((k) => k !== kpi),
    );
    expect(next!.snapshot.generatedAt).toBe('2026-12-03T10:00:00.000Z');
  });

  it('gives the same snapshot when the KPI read again is unchanged (the REST shape maps back exactly)', async () => {
    const next = await updateSnapshot(cmsAnswering([asApi(kpi)]), last, new Set([idOf(kpi.code)]), snapshot.source);
    expect({ ...next!.snapshot, generatedAt: null }).toEqual({ ...snapshot, generatedAt: null });
  });

  it('gives up, so that everything is read, whenever other entries could show something new', async () => {
    const one = new Set([idOf(kpi.code)]);
    const cases: [string, object[], ReadonlySet<string>][] = [
      // Unpublished or deleted after the webhook: the KPI's pages and every list showing it change.
      ['the KPI is gone', [], one],
      // Tiles and agenda items show a KPI's code.
      ['its code changed', [asApi({ ...kpi, code: 'NEU-01' }, idOf(kpi.code))], one],
      ['a KPI the last snapshot did not have', [asApi({ ...kpi, code: 'NEU-01' }, 'doc-neu')], new Set(['doc-neu'])],
      ['another entry took its code', [asApi(kpi, 'doc-other')], new Set(['doc-other'])],
      ['content that does not validate', [asApi({ ...kpi, decimals: -3 })], one],
    ];
    for (const [what, answer, ids] of cases)
      expect(await updateSnapshot(cmsAnswering(answer), last, ids, 'cms'), what).toBeNull();
  });

  it('reads everything for more than MAX_KPIS_READ_ALONE KPIs, without asking for them alone', async () => {
    const many = new Set(snapshot.kpis.slice(0, MAX_KPIS_READ_ALONE + 1).map((k) => idOf(k.code)));
    const cms = cmsAnswering([]);
    expect(await updateSnapshot(cms, last, many, 'cms')).toBeNull();
    expect(cms.asked).toEqual([]);
  });

  it('nextSnapshot reads only the KPI while the last full read is recent, and carries its time over', async () => {
    const cms = cmsAnswering([asApi(changed)]);
    const next = await nextSnapshot(
      cms,
      last,
      new Set([idOf(kpi.code)]),
      snapshot.source,
      last.everythingReadAt + 1000,
    );
    expect(cms.asked).toHaveLength(1);
    expect(next.partly).toBe('1 KPI(s) read again, the rest kept from the last snapshot');
    expect(next.everythingReadAt).toBe(last.everythingReadAt);
  });

  it('nextSnapshot reads everything without a last snapshot, after changes of any kind, or when the last full read is old', async () => {
    // A webhook may be lost or never sent (a restored database): snapshots build on one full read for a while only.
    const old = { ...last, everythingReadAt: Date.now() - READ_EVERYTHING_AFTER_MS - 1 };
    for (const [lastRead, changes] of [
      [null, new Set([idOf(kpi.code)])],
      [last, null],
      [old, new Set([idOf(kpi.code)])],
    ] as const) {
      const cms = cmsAnswering([]);
      // The stand-in has no single types: reading everything fails at the site settings, after the collections.
      await expect(nextSnapshot(cms, lastRead, changes, 'cms')).rejects.toThrow('not asked for here');
      expect(cms.asked.map((q) => q.split('?')[0]).sort()).toEqual(
        ['action-dimensions', 'action-fields', 'bodies', 'kpis', 'meetings', 'pages', 'sdgs', 'tiles'].sort(),
      );
    }
  });
});
