// Makes sure Strapi calls the publisher on every content change: one webhook,
// managed by this plugin, with the URL and secret from the environment
// (SDD_PUBLISHER_URL, SDD_WEBHOOK_SECRET). Runs before Strapi loads its
// webhooks into the runner, so a created or changed webhook is live at once.
import type { Core } from '@strapi/strapi';

export const WEBHOOK_NAME = 'Smart Data Dashboard: Website veröffentlichen';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

type Webhook = {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
};
type WebhookStore = {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook>;
};

export function publisherSettings(): { url: string; secret: string } | null {
  const url = process.env.SDD_PUBLISHER_URL?.replace(/\/+$/, '');
  const secret = process.env.SDD_WEBHOOK_SECRET;
  return url && secret ? { url, secret } : null;
}

export async function ensurePublishWebhook(strapi: Core.Strapi): Promise<void> {
  const settings = publisherSettings();
  if (!settings) {
    strapi.log.info('[smart-data] SDD_PUBLISHER_URL / SDD_WEBHOOK_SECRET not set: no publish webhook');
    return;
  }
  const store = strapi.get('webhookStore') as WebhookStore;
  const wanted = {
    name: WEBHOOK_NAME,
    url: `${settings.url}/hooks/strapi`,
    headers: { Authorization: `Bearer ${settings.secret}` },
    events: EVENTS,
  };
  const existing = (await store.findWebhooks()).find((w) => w.name === WEBHOOK_NAME);
  if (!existing) {
    await store.createWebhook(wanted);
    strapi.log.info(`[smart-data] publish webhook created → ${wanted.url}`);
  } else if (
    existing.url !== wanted.url ||
    existing.headers?.Authorization !== wanted.headers.Authorization ||
    !existing.isEnabled ||
    existing.events.join() !== EVENTS.join()
  ) {
    await store.updateWebhook(existing.id, { ...wanted, isEnabled: true });
    strapi.log.info(`[smart-data] publish webhook updated → ${wanted.url}`);
  }
}
