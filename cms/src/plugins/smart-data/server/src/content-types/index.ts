// Every content type of the dashboard, keyed by singular name.
import { CONTRIBUTOR_ID_PATTERN, OFFICIAL_KEY_PATTERN, openDataLicenceIdSchema, PAGE_SLUG_PATTERN, progressOverrideStatusSchema } from '@sdd/shared-types';
import actionDimension from './action-dimension/schema.json';
import actionField from './action-field/schema.json';
import body from './body/schema.json';
import kpi from './kpi/schema.json';
import meeting from './meeting/schema.json';
import page from './page/schema.json';
import sdg from './sdg/schema.json';
import siteSetting from './site-setting/schema.json';
import tile from './tile/schema.json';

export default {
  sdg: { schema: sdg },
  'action-dimension': { schema: actionDimension },
  'action-field': { schema: actionField },
  // The statuses an editor may choose come from shared-types (one list with the site's method).
  kpi: { schema: { ...kpi, attributes: { ...kpi.attributes, progressOverride: { ...kpi.attributes.progressOverride, enum: [...progressOverrideStatusSchema.options] } } } },
  tile: { schema: tile },
  body: { schema: body },
  meeting: { schema: meeting },
  // The reserved names come from shared-types (one list with the site), so the
  // page's slug rule is set here rather than written into schema.json.
  page: { schema: { ...page, attributes: { ...page.attributes, slug: { ...page.attributes.slug, regex: PAGE_SLUG_PATTERN } } } },
  // The open-data rules (licence vocabulary, key and ID patterns) likewise come from shared-types open-data.ts.
  'site-setting': {
    schema: {
      ...siteSetting,
      attributes: {
        ...siteSetting.attributes,
        dataLicenceId: { ...siteSetting.attributes.dataLicenceId, enum: openDataLicenceIdSchema.options },
        officialKey: { ...siteSetting.attributes.officialKey, regex: OFFICIAL_KEY_PATTERN },
        contributorId: { ...siteSetting.attributes.contributorId, regex: CONTRIBUTOR_ID_PATTERN },
      },
    },
  },
};
