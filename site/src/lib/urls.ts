// The site's paths come from shared-types, where the CMS's preview links read them too.
export { sitePaths as urls } from '@sdd/shared-types';
