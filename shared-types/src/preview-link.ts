/// <reference types="node" />
// The preview link's secret: an expiry time and an HMAC over it. The CMS signs
// it when an editor presses "Vorschau"; the publisher's preview server checks
// it. Both derive the key from the webhook secret they already share, under a
// label of its own, so a preview link reveals nothing that opens the webhook.
// A subpath export (`@sdd/shared-types/preview-link`): it needs node:crypto,
// which the site's browser code must not pull in.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PREVIEW_LINK_TTL_SECONDS } from './preview.ts';

/** `<expiry in Unix seconds>.<HMAC-SHA256, base64url>` */
export const previewTokenSchema = z.string().regex(/^\d{1,12}\.[A-Za-z0-9_-]{43}$/);

export type PreviewTokenCheck =
  { ok: true; expiresAt: Date } | { ok: false; reason: 'missing' | 'malformed' | 'wrong-signature' | 'expired' };

const signature = (secret: string, expires: number) => {
  const key = createHmac('sha256', secret).update('sdd-preview-link-v1').digest();
  return createHmac('sha256', key).update(`expires:${expires}`).digest('base64url');
};

export function signPreviewToken(secret: string, now = new Date(), ttlSeconds = PREVIEW_LINK_TTL_SECONDS): string {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  return `${expires}.${signature(secret, expires)}`;
}

export function checkPreviewToken(secret: string, token: string | undefined, now = new Date()): PreviewTokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  if (!previewTokenSchema.safeParse(token).success) return { ok: false, reason: 'malformed' };
  const [expiresText, given] = token.split('.') as [string, string];
  const expires = Number(expiresText);
  // Constant time (both are 43 characters, the schema says so): a guess must not learn how much of it was right.
  if (!timingSafeEqual(Buffer.from(signature(secret, expires)), Buffer.from(given)))
    return { ok: false, reason: 'wrong-signature' };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt: new Date(expires * 1000) };
}
