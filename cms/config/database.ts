import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensurePrivateDir, ensurePrivateSqlite } from '../scripts/private-files';

// SQLite by default (one file under .data/); PostgreSQL for production,
// configured by DATABASE_URL or DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const timeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'sqlite') {
    // Compiled to dist/config/, so the app root is two levels up.
    const appRoot = path.resolve(__dirname, '..', '..');
    const stateDir = path.resolve(appRoot, env('SDD_STATE_DIR', '.data'));
    // Default: inside the state folder, beside the admin login and build token.
    const filename = path.resolve(appRoot, env('DATABASE_FILENAME', path.join(stateDir, 'data.db')));
    // Before Strapi opens it: the database holds drafts and the webhook secret in clear.
    ensurePrivateDir(stateDir);
    ensurePrivateSqlite(filename);
    return {
      connection: {
        client: 'sqlite',
        connection: { filename },
        useNullAsDefault: true,
        acquireConnectionTimeout: timeout,
      },
    };
  }

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    if (!url && !env('DATABASE_PASSWORD', '')) {
      throw new Error(
        'DATABASE_CLIENT=postgres needs DATABASE_URL or DATABASE_HOST, DATABASE_NAME, DATABASE_USERNAME and DATABASE_PASSWORD (see docs/operators.md).',
      );
    }
    return {
      connection: {
        client: 'postgres',
        connection: {
          ...(url ? { connectionString: url } : {}),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'smart_data'),
          user: env('DATABASE_USERNAME', 'smart_data'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false)
            ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
            : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: timeout,
      },
    };
  }

  throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
};

export default config;
