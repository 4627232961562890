// Where the CMS keeps what an installation generates (database, admin login,
// API tokens): SDD_STATE_DIR, relative to the CMS folder, or `.data` there.
// The one place this rule lives; the CMS and the root scripts both use it.
import path from 'node:path';

export const cmsStatePath = (cmsRoot: string, env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(cmsRoot, env.SDD_STATE_DIR ?? '.data');
