// No attribute of the dashboard's model may use a name Strapi reserves: the
// meeting's former `status` made every save of a session in the admin fail
// with "Invalid status". The list is Strapi's own (@strapi/utils), so a
// Strapi update that reserves more names fails here first.
import { contentTypes } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import agendaItem from '../../src/plugins/smart-data/server/src/components/agenda-item.json';
import kpiTarget from '../../src/plugins/smart-data/server/src/components/kpi-target.json';
import link from '../../src/plugins/smart-data/server/src/components/link.json';
import observation from '../../src/plugins/smart-data/server/src/components/observation.json';
import sdgAssignment from '../../src/plugins/smart-data/server/src/components/sdg-assignment.json';
import contentTypes_ from '../../src/plugins/smart-data/server/src/content-types/index.ts';

type Schema = { attributes: Record<string, unknown>; options?: { draftAndPublish?: boolean } };

const types = Object.entries(contentTypes_ as Record<string, { schema: Schema }>).map(
  ([name, { schema }]) => [name, schema] as const,
);
const components = Object.entries({ agendaItem, kpiTarget, link, observation, sdgAssignment } as Record<
  string,
  Schema
>);

describe('attribute names', () => {
  it('Strapi still reserves `status` on draft-and-publish types (the check below is live)', () => {
    expect(contentTypes.isReservedAttributeName('status', { draftAndPublish: true })).toBe(true);
    expect(contentTypes.isReservedAttributeName('locale')).toBe(true);
  });

  it('finds the whole model', () => {
    expect(types.length).toBe(9);
    expect(components.length).toBe(5);
  });

  for (const [name, schema] of types) {
    it(`content type ${name} uses no reserved attribute name`, () => {
      const draftAndPublish = schema.options?.draftAndPublish === true;
      const reserved = Object.keys(schema.attributes).filter((a) =>
        contentTypes.isReservedAttributeName(a, { draftAndPublish }),
      );
      expect(reserved).toEqual([]);
    });
  }

  it('components use no reserved attribute name (they live inside draft-and-publish types)', () => {
    for (const [name, schema] of components) {
      const reserved = Object.keys(schema.attributes).filter((a) =>
        contentTypes.isReservedAttributeName(a, { draftAndPublish: true }),
      );
      expect(reserved, name).toEqual([]);
    }
  });
});
