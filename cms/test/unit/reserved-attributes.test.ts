// No attribute of the dashboard's model may use a name Strapi reserves: the
// meeting's former `status` made every save of a session in the admin fail
// with "Invalid status". The list is Strapi's own (@strapi/utils), so a
// Strapi update that reserves more names fails here first.
import { contentTypes } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Schema = { attributes: Record<string, unknown>; options?: { draftAndPublish?: boolean } };

const SERVER = join(import.meta.dirname, '../../src/plugins/smart-data/server/src');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Schema;
const types = readdirSync(join(SERVER, 'content-types'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => [d.name, read(join(SERVER, 'content-types', d.name, 'schema.json'))] as const);
const components = readdirSync(join(SERVER, 'components')).filter((f) => f.endsWith('.json')).map((f) => [f, read(join(SERVER, 'components', f))] as const);

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
      const reserved = Object.keys(schema.attributes).filter((a) => contentTypes.isReservedAttributeName(a, { draftAndPublish }));
      expect(reserved).toEqual([]);
    });
  }

  it('components use no reserved attribute name (they live inside draft-and-publish types)', () => {
    for (const [name, schema] of components) {
      const reserved = Object.keys(schema.attributes).filter((a) => contentTypes.isReservedAttributeName(a, { draftAndPublish: true }));
      expect(reserved, name).toEqual([]);
    }
  });
});
