// The pure rules behind the public API's limits and CORS (the middlewares
// themselves are tested over HTTP in test/integration/hardening*.test.ts).
import { describe, expect, it } from 'vitest';
import { corsDecision, corsPolicyFromEnv } from '../../src/security/cors.ts';
import { nestedPopulateDepth } from '../../src/security/populate-depth.ts';
import { createRateLimiter } from '../../src/security/rate-limiter.ts';
import { requestLimitsFromEnv } from '../../src/security/request-limits.ts';

describe('populate depth', () => {
  it.each([
    [{}, 0],
    [{ populate: '*' }, 1],
    [{ populate: 'kpis,sdgs' }, 1],
    [{ populate: ['kpis', 'sdgs'] }, 1],
    [{ populate: 'kpis.tiles.kpis' }, 3],
    [{ populate: { agendaItems: true } }, 1],
    [{ populate: { agendaItems: { populate: { tiles: { fields: ['slug'] } } } } }, 2],
    [{ populate: { agendaItems: { populate: '*' } } }, 2],
    [{ populate: { tiles: { populate: { kpis: { populate: { tiles: { populate: '*' } } } } } } }, 4],
    [{ populate: { blocks: { on: { 'a.b': { populate: { c: { populate: '*' } } } } } } }, 3],
  ])('%j nests %i levels', (query, depth) => {
    expect(nestedPopulateDepth(query)).toBe(depth);
  });
});

describe('rate limiter', () => {
  it('allows the burst, then refuses with the wait, and refills over time', () => {
    const limiter = createRateLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.take('a', 1000)).toBe(0);
    expect(limiter.take('a', 1000)).toBeGreaterThan(0);
  });

  it('tracks a bounded number of clients', () => {
    const limiter = createRateLimiter(2, 3);
    for (const c of ['a', 'b', 'c', 'd', 'e']) limiter.take(c, 0);
    // 'a' was forgotten to make room, so it starts with a full bucket again.
    expect(limiter.take('a', 0)).toBe(0);
  });
});

describe('request limits from the environment', () => {
  it('has defaults and refuses nonsense with a German message', () => {
    expect(requestLimitsFromEnv({})).toEqual({ API_RATE_LIMIT_PER_MINUTE: 300, API_MAX_POPULATE_DEPTH: 3 });
    expect(() => requestLimitsFromEnv({ API_RATE_LIMIT_PER_MINUTE: 'viele' })).toThrow(
      /API_RATE_LIMIT_PER_MINUTE.*ganze Zahl/,
    );
  });
});

describe('CORS decision', () => {
  const policy = corsPolicyFromEnv({
    PUBLIC_URL: 'https://cms.example.org/',
    CORS_ORIGINS: 'https://redaktion.example.org, http://localhost:5173',
  });

  it('allows credentials for the admin origin and the configured ones only', () => {
    expect(corsDecision(policy, 'https://cms.example.org', '/admin/access-token')).toEqual({
      origin: 'https://cms.example.org',
      credentials: true,
    });
    expect(corsDecision(policy, 'http://localhost:5173', '/admin/login')).toEqual({
      origin: 'http://localhost:5173',
      credentials: true,
    });
    expect(corsDecision(policy, 'https://evil.example', '/admin/access-token')).toEqual({
      origin: '',
      credentials: false,
    });
    expect(corsDecision(policy, 'https://daten.example.org', '/admin/login')).toEqual({
      origin: '',
      credentials: false,
    });
  });

  it('lets any origin read the public API, without credentials', () => {
    expect(corsDecision(policy, 'https://evil.example', '/api/kpis')).toEqual({ origin: '*', credentials: false });
    expect(corsDecision(policy, 'https://evil.example', '/apix')).toEqual({ origin: '', credentials: false });
  });

  it('refuses a CORS_ORIGINS entry that is no address', () => {
    expect(() => corsPolicyFromEnv({ CORS_ORIGINS: 'cms.example.org' })).toThrow(/CORS_ORIGINS.*cms\.example\.org/);
  });
});

describe('CORS configuration', () => {
  it('never trusts the origin "null" (sandboxed frames, file://)', () => {
    expect(() => corsPolicyFromEnv({ CORS_ORIGINS: 'null' })).toThrow(/CORS_ORIGINS/);
    expect(corsDecision(corsPolicyFromEnv({}), 'null', '/admin/login').credentials).toBe(false);
  });
});
