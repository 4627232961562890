// Strapi checks a field's min/max itself, from the plugin's schema.json files,
// which cannot import; the limits live once in shared-types (limits.ts). This
// holds the JSON copies equal to them, and the admin's messages name them.
import { MAX_YEAR, MIN_YEAR, SDG_COUNT } from '@sdd/shared-types';
import { describe, expect, it } from 'vitest';
import kpiTarget from '../../src/plugins/smart-data/server/src/components/kpi-target.json';
import sdgAssignment from '../../src/plugins/smart-data/server/src/components/sdg-assignment.json';
import sdg from '../../src/plugins/smart-data/server/src/content-types/sdg/schema.json';

describe('field limits of the schema.json files', () => {
  it('a target year runs from MIN_YEAR to MAX_YEAR', () => {
    expect(kpiTarget.attributes.year).toMatchObject({ min: MIN_YEAR, max: MAX_YEAR });
  });

  it('an SDG number runs from 1 to SDG_COUNT, in the catalogue and in an assignment', () => {
    expect(sdg.attributes.number).toMatchObject({ min: 1, max: SDG_COUNT });
    expect(sdgAssignment.attributes.goal).toMatchObject({ min: 1, max: SDG_COUNT });
  });
});
