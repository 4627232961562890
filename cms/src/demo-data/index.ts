// The demo data set the CMS seeds on an empty database: a fictitious but
// plausible data set for Aschaffenburg (Beispieldaten), checked by
// demoDataSchema.
import type { DemoData } from '@sdd/shared-types';
import { bodies } from './bodies';
import { draftKpis, draftMeeting, draftPage, drafts, draftTiles } from './drafts';
import { digitalKpis, digitalTiles } from './kpis-digital';
import { energieKpis, energieTiles } from './kpis-energie';
import { globalKpis, globalTiles } from './kpis-global';
import { klimaKpis, klimaTiles } from './kpis-klima';
import { mobilitaetKpis, mobilitaetTiles } from './kpis-mobilitaet';
import { teilhabeKpis, teilhabeTiles } from './kpis-teilhabe';
import { umweltKpis, umweltTiles } from './kpis-umwelt';
import { wirtschaftKpis, wirtschaftTiles } from './kpis-wirtschaft';
import { wissenschaftKpis, wissenschaftTiles } from './kpis-wissenschaft';
import { wohnenKpis, wohnenTiles } from './kpis-wohnen';
import { meetings } from './meetings';
import { pages } from './pages';
import { sdgs } from './sdgs';
import { settings } from './settings';
import { actionDimensions, actionFields } from './taxonomy';
import { finishTiles } from './tiles';

const kpis = [
  ...energieKpis,
  ...mobilitaetKpis,
  ...umweltKpis,
  ...klimaKpis,
  ...globalKpis,
  ...wohnenKpis,
  ...teilhabeKpis,
  ...wirtschaftKpis,
  ...digitalKpis,
  ...wissenschaftKpis,
  ...draftKpis,
];

const tileSpecs = [
  ...energieTiles,
  ...mobilitaetTiles,
  ...umweltTiles,
  ...klimaTiles,
  ...globalTiles,
  ...wohnenTiles,
  ...teilhabeTiles,
  ...wirtschaftTiles,
  ...digitalTiles,
  ...wissenschaftTiles,
  ...draftTiles,
];

export const demoData: DemoData = {
  settings,
  sdgs,
  actionDimensions,
  actionFields,
  kpis,
  tiles: finishTiles(tileSpecs, kpis),
  bodies,
  meetings: [...meetings, draftMeeting],
  pages: [...pages, draftPage],
  drafts,
};
