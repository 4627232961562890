// Shows the generated explanation of the progress method as the placeholder
// of the site settings' "Text zur Fortschrittsbewertung": an editor sees
// what the site says while the field is empty and can start from it. Set on
// every start, so the placeholder follows the method's parameters.
import { progressMethodMarkdownDe, UID } from '@sdd/shared-types';
import type { Core } from '@strapi/strapi';
import { changeFieldView } from './field-view';

export async function showGeneratedMethodText(strapi: Core.Strapi): Promise<void> {
  const generated = progressMethodMarkdownDe();
  await changeFieldView(strapi, UID.siteSetting, 'progressMethodText', (edit) => {
    if (edit.placeholder === generated) return false;
    edit.placeholder = generated;
    return true;
  });
}
