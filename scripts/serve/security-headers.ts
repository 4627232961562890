// The security headers of the public site, as the nginx snippets in
// docs/deployment.md set them (a test compares the two), minus
// Strict-Transport-Security: this server speaks plain HTTP on loopback.
// Why each Content-Security-Policy directive: docs/deployment.md.
import { sitePaths } from '@sdd/shared-types';

const csp = (frameAncestors: string) =>
  `default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors ${frameAncestors}; base-uri 'self'; form-action 'self'`;

const COMMON: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Every path but the embed pages: no website may frame the site (clickjacking). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': csp("'none'"),
  ...COMMON,
  'x-frame-options': 'DENY',
};

/** The embed pages (/einbetten/…): any website may frame them. They hold no
 *  form and no action, so a frame over them cannot trick a click into anything. */
export const EMBED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': csp('*'),
  ...COMMON,
};

export const EMBED_PATH_PREFIX = sitePaths.embeds();

export const securityHeadersFor = (urlPath: string) =>
  urlPath.startsWith(EMBED_PATH_PREFIX) ? EMBED_SECURITY_HEADERS : SECURITY_HEADERS;
