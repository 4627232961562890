import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { validationMiddleware } from './validation/document-middleware';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  registerComponents(strapi);
  strapi.documents.use(validationMiddleware(strapi) as never);
}
