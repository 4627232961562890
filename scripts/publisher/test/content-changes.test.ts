// Which webhooks let the next snapshot read only KPIs, and the record of
// changes between snapshots (content-changes.ts).
import { describe, expect, it } from 'vitest';
import { createChangeLog, republishedKpi } from '../content-changes.ts';

const hook = (event: string, uid: string, entry: object = { documentId: 'abc123' }) =>
  JSON.stringify({ event, uid, model: uid.split('.').pop(), entry });

describe('what a webhook says changed', () => {
  it('names the KPI of a KPI published', () => {
    expect(republishedKpi(hook('entry.publish', 'plugin::smart-data.kpi'))).toBe('abc123');
  });

  it('says "anything" for every other event, type or body', () => {
    for (const body of [
      hook('entry.unpublish', 'plugin::smart-data.kpi'),
      hook('entry.delete', 'plugin::smart-data.kpi'),
      hook('entry.publish', 'plugin::smart-data.tile'),
      hook('entry.publish', 'plugin::smart-data.action-field'),
      hook('entry.update', 'plugin::smart-data.site-setting'),
      hook('entry.publish', 'plugin::smart-data.kpi', {}),
      hook('entry.publish', 'plugin::smart-data.kpi', { documentId: 7 }),
      'not json',
      'null',
    ])
      expect(republishedKpi(body), body).toBeNull();
  });
});

describe('the record of changes between snapshots', () => {
  it('has "anything" before the first snapshot, then collects KPIs until the next take', () => {
    const log = createChangeLog();
    log.record('a');
    expect(log.take()).toBeNull();
    log.record('b');
    log.record('c');
    log.record('b');
    expect(log.take()).toEqual(new Set(['b', 'c']));
    expect(log.take()).toEqual(new Set());
  });

  it('turns into "anything" for good once anything else changed, until it is taken', () => {
    const log = createChangeLog();
    log.take();
    log.record('a');
    log.record(null);
    log.record('b');
    expect(log.take()).toBeNull();
  });

  it('gets back what a failed snapshot took, together with what came meanwhile', () => {
    const log = createChangeLog();
    log.take();
    log.record('a');
    const taken = log.take();
    log.record('b');
    log.giveBack(taken);
    expect(log.take()).toEqual(new Set(['a', 'b']));
    log.record('c');
    log.giveBack(null);
    expect(log.take()).toBeNull();
  });
});
