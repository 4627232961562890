// Seeds the fixed catalogue of the 17 SDGs; creates only what is missing,
// never overwrites an editor's description.
import { SDG_CATALOGUE } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

export async function seedSdgs(strapi: Core.Strapi): Promise<number> {
  const existing = await strapi.db.query(UID.sdg).findMany({ select: ['number'] });
  const have = new Set(existing.map((s: { number: number }) => s.number));
  const missing = SDG_CATALOGUE.filter((goal) => !have.has(goal.number));
  for (const goal of missing) {
    await strapi.documents(UID.sdg).create({
      data: { number: goal.number, titleDe: goal.titleDe, titleEn: goal.titleEn, color: goal.color, description: '' },
    });
  }
  return missing.length;
}
