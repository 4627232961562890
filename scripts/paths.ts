// Where things are, computed once for every command: the repository root,
// the CMS folder and its state folder (tokens, admin login), and the
// system's own state folder (publisher releases, webhook secret, import reports).
// The toolchain's plain-JavaScript scripts (scripts/toolchain/*.mjs) run before
// TypeScript can and compute the root themselves.
import { join, resolve } from 'node:path';
import { cmsStatePath } from '../cms/scripts/state-path.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const CMS_ROOT = join(REPO_ROOT, 'cms');
export const SITE_ROOT = join(REPO_ROOT, 'site');
/** The system's state folder: releases, the webhook secret, import reports. Git-ignored. */
export const SYSTEM_STATE_DIR = join(REPO_ROOT, '.data');
/** The CMS's state folder (SDD_STATE_DIR, as the CMS itself resolves it). */
export const cmsStateDir = (env: NodeJS.ProcessEnv = process.env): string => cmsStatePath(CMS_ROOT, env);
