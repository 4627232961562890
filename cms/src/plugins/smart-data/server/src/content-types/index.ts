// Every content type of the dashboard, keyed by singular name.
import { openDataLicenceIdSchema, PAGE_SLUG_PATTERN, progressOverrideStatusSchema } from '@sdd/shared-types';
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
  kpi: {
    schema: {
      ...kpi,
      attributes: {
        ...kpi.attributes,
        progressOverride: { ...kpi.attributes.progressOverride, enum: [...progressOverrideStatusSchema.options] },
      },
    },
  },
  tile: { schema: tile },
  body: { schema: body },
  meeting: { schema: meeting },
  // The reserved names come from shared-types (one list with the site), so the
  // page's slug rule is set here rather than written into schema.json.
  page: {
    schema: {
      ...page,
      attributes: { ...page.attributes, slug: { ...page.attributes.slug, regex: PAGE_SLUG_PATTERN } },
    },
  },
  // The licence vocabulary likewise comes from shared-types (open-data.ts). The
  // official key and contributor ID get no schema regex: the admin would answer
  // a bare "hat nicht das erwartete Format" before the server's rules
  // (validation/open-data-settings.ts) could say what is wrong and what to enter.
  'site-setting': {
    schema: {
      ...siteSetting,
      attributes: {
        ...siteSetting.attributes,
        dataLicenceId: { ...siteSetting.attributes.dataLicenceId, enum: openDataLicenceIdSchema.options },
      },
    },
  },
};
