// Where the Strapi CLI is, wherever the package manager put it (the
// workspace is hoisted, so not necessarily under cms/node_modules).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const strapiBin = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
