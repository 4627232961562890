import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { displayLabelMiddleware } from './display/display-label';
import { dataAsOfMiddleware } from './validation/data-as-of';
import { validationMiddleware } from './validation/document-middleware';
import { slugFromTitleMiddleware } from './validation/slug-from-title';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  registerComponents(strapi);
  // Order matters: a missing slug is made before the rules check it.
  strapi.documents.use(slugFromTitleMiddleware(strapi) as never);
  strapi.documents.use(validationMiddleware(strapi) as never);
  strapi.documents.use(displayLabelMiddleware(strapi) as never);
  strapi.documents.use(dataAsOfMiddleware(strapi) as never);
}
