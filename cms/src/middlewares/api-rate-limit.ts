// Rate limit of the public read API per client address (behind a proxy with
// IS_PROXIED=true: the X-Forwarded-For address). Counts anonymous requests
// and requests whose token was refused; the site build's and the import's
// valid API tokens are not limited.
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { isPublicApiPath, requestLimitsFromEnv } from '../security/request-limits';
import { createRateLimiter } from '../security/rate-limiter';

export default () => {
  const { API_RATE_LIMIT_PER_MINUTE: perMinute } = requestLimitsFromEnv();
  if (perMinute === 0) return (_ctx: Context, next: Next) => next();
  const limiter = createRateLimiter(perMinute);
  const refuse = (ctx: Context, waitSeconds: number) => {
    ctx.set('Retry-After', String(waitSeconds));
    throw new errors.RateLimitError(
      `Zu viele Anfragen an die API von dieser Adresse (höchstens ${perMinute} pro Minute, API_RATE_LIMIT_PER_MINUTE). Bitte in ${waitSeconds} s erneut versuchen.`,
    );
  };

  return async (ctx: Context, next: Next) => {
    if (!isPublicApiPath(ctx.path)) return next();
    if (!ctx.get('Authorization')) {
      const wait = limiter.take(ctx.ip);
      if (wait > 0) refuse(ctx, wait);
      return next();
    }
    await next();
    // A bearer header alone is no way around the limit: refused tokens count too.
    if (ctx.status === 401 || ctx.status === 403) limiter.take(ctx.ip);
  };
};
