// Editors sign in to the admin panel; the site has no end-user accounts, so
// public self-registration through users-permissions is switched off.
import type { Core } from '@strapi/strapi';

export async function disableSelfRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register === false) return;
  await store.set({ value: { ...advanced, allow_register: false } });
}
