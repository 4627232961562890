// Request bodies (JSON, form, text) larger than 2 MB are refused before
// Strapi reads them — except the import's, which carries all values of a
// file at once, and the admin import page's, which carries the file
// (16 MB; strapi::body is configured for that). Without a
// declared length the size is unknown in advance: such bodies are refused
// too (every browser and the import send Content-Length). The media
// library's multipart uploads keep the upload plugin's own limit.
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES, isImportPath } from '../security/request-limits';

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

export default () => async (ctx: Context, next: Next) => {
  const hasBody = ctx.request.length !== undefined || ctx.get('Transfer-Encoding') !== '';
  if (!hasBody || ctx.is('multipart') === 'multipart') return next();
  const limit = isImportPath(ctx.path) ? IMPORT_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
  const length = ctx.request.length;
  if (length === undefined) {
    ctx.status = 411;
    ctx.body = {
      data: null,
      error: {
        status: 411,
        name: 'LengthRequiredError',
        message: 'Die Anfrage braucht die Angabe Content-Length.',
        details: {},
      },
    };
    return;
  }
  if (length > limit) {
    throw new errors.PayloadTooLargeError(
      `Die Anfrage ist ${megabytes(length)} groß; erlaubt sind höchstens ${megabytes(limit)}.`,
    );
  }
  return next();
};
