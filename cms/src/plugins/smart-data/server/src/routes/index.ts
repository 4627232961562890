// The plugin's routers, by kind: the content API (content-api.ts: public
// reads, import and sync for their tokens; preview.ts: drafts for the preview
// token) and the admin panel API (admin.ts). Own routes are checked against
// the controllers (route-types.ts).
import { adminRoutes } from './admin';
import { importRoutes, publicReadRoutes } from './content-api';
import { previewRoutes } from './preview';

export default {
  ...publicReadRoutes,
  'data-import': importRoutes,
  preview: previewRoutes,
  admin: adminRoutes,
};
