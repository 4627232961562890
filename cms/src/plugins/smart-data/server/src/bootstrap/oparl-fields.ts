// The OParl id of bodies, meetings and agenda items taken from the council
// information system (npm run oparl) is shown read-only: the sync finds its
// entries by it, and an edited id would make the next sync create a copy.
// Set on every start, so "Ansicht konfigurieren" cannot make it editable.
// A link's paperOparlId (which paper, Drucksache, the sync took it from) is
// hidden: it only lets a later sync rename or drop the paper's links.
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { changeFieldView } from './field-view';

export async function lockOparlIds(strapi: Core.Strapi): Promise<void> {
  for (const uid of [UID.body, UID.meeting, 'smart-data.agenda-item'])
    await changeFieldView(strapi, uid, 'oparlId', (edit) => {
      if (edit.editable === false) return false;
      edit.editable = false;
      return true;
    });
  await changeFieldView(strapi, 'smart-data.link', 'paperOparlId', (edit) => {
    if (edit.visible === false) return false;
    edit.visible = false;
    return true;
  });
}
