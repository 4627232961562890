// Refuses public API queries whose `populate` nests deeper than
// API_MAX_POPULATE_DEPTH (each level can multiply the answer). Runs after
// strapi::query, which has parsed the query string into ctx.query.
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { nestedPopulateDepth } from '../security/populate-depth';
import { isPublicApiPath, requestLimitsFromEnv } from '../security/request-limits';

export default () => {
  const { API_MAX_POPULATE_DEPTH: maxDepth } = requestLimitsFromEnv();
  return async (ctx: Context, next: Next) => {
    if (isPublicApiPath(ctx.path)) {
      const depth = nestedPopulateDepth(ctx.query);
      if (depth > maxDepth) {
        throw new errors.ValidationError(
          `Der Parameter „populate“ ist ${depth} Ebenen tief; die API erlaubt höchstens ${maxDepth} (API_MAX_POPULATE_DEPTH). Bitte weniger tief verschachteln und Verknüpftes einzeln abfragen.`,
        );
      }
    }
    return next();
  };
};
