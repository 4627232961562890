// The preview link's token: signed by the CMS, checked by the preview server.
import { describe, expect, it } from 'vitest';
import { checkPreviewToken, signPreviewToken } from '../src/preview-link.ts';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const NOW = new Date('2026-12-02T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('preview token', () => {
  it('is valid until it expires, and not a second longer', () => {
    const token = signPreviewToken(SECRET, NOW, 3600);
    expect(checkPreviewToken(SECRET, token, later(3599))).toEqual({ ok: true, expiresAt: later(3600) });
    expect(checkPreviewToken(SECRET, token, later(3600))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a missing, malformed, forged or re-dated token', () => {
    const token = signPreviewToken(SECRET, NOW);
    const [expires, mac] = token.split('.') as [string, string];
    expect(checkPreviewToken(SECRET, undefined, NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(checkPreviewToken(SECRET, '', NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(checkPreviewToken(SECRET, 'abc', NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkPreviewToken(SECRET, `${expires}.${mac}x`, NOW)).toEqual({ ok: false, reason: 'malformed' });
    // Another secret, or a later expiry with the old signature: the signature does not match.
    expect(checkPreviewToken(`${SECRET}-other`, token, NOW)).toEqual({ ok: false, reason: 'wrong-signature' });
    expect(checkPreviewToken(SECRET, `${Number(expires) + 86_400}.${mac}`, NOW)).toEqual({
      ok: false,
      reason: 'wrong-signature',
    });
    const flipped = `${expires}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    expect(checkPreviewToken(SECRET, flipped, NOW)).toEqual({ ok: false, reason: 'wrong-signature' });
  });

  it('is not the webhook secret, nor reveals it', () => {
    const token = signPreviewToken(SECRET, NOW);
    expect(token).not.toContain(SECRET);
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
  });
});
