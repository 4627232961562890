// Entries seeded as drafts only: they prove that unpublished content never
// reaches the public site. Each carries "ENTWURF" so leaks are easy to spot.
import type { Page } from '@sdd/shared-types';
import { B } from './bodies';
import { meeting } from './council';
import { defineKpis } from './kpi';
import { city, MASTR, OFFICE } from './sources';
import { F } from './taxonomy';
import { defineTiles } from './tiles';

export const draftKpis = defineKpis({ fields: [F.energie], office: OFFICE.klima }, [
  {
    code: 'ENE-99',
    name: 'ENTWURF – Installierte Windenergieleistung',
    unit: 'MW',
    description: 'ENTWURF: Leistung der Windenergieanlagen im Stadtgebiet. Noch nicht abgestimmt.',
    method: 'Nettonennleistung der Windenergieanlagen an Land laut Marktstammdatenregister.',
    source: MASTR,
    polarity: 'higher-is-better',
    sdgs: ['7.2'],
    from: 2022,
    values: [0, 0, 4.2],
  },
  {
    code: 'DIG-99',
    name: 'ENTWURF – Nutzerkonten BayernID',
    unit: 'Konten',
    decimals: 0,
    description:
      'ENTWURF: Zahl der Bürgerinnen und Bürger mit aktivem Nutzerkonto für Online-Dienste. Datenquelle wird noch geprüft.',
    method: 'Aktive Nutzerkonten mit Wohnsitz Aschaffenburg, Stichtag 31.12.',
    source: city(OFFICE.digital),
    polarity: 'higher-is-better',
    sdgs: ['16.6'],
    fields: [F.digital],
    office: OFFICE.digital,
    from: 2021,
    values: [5200, 9100, 14800, 21000],
  },
]);

export const draftTiles = [
  ...defineTiles(F.energie, [
    {
      slug: 'entwurf-windenergie',
      title: 'ENTWURF – Windenergie',
      kpis: ['ENE-99', 'ENE-02'],
      teaser: 'ENTWURF: Erste Windenergieanlage im Stadtgebiet.',
      body: 'ENTWURF – diese Kachel ist noch nicht veröffentlicht.',
    },
  ]),
  ...defineTiles(F.digital, [
    {
      slug: 'entwurf-nutzerkonten',
      title: 'ENTWURF – Nutzerkonten',
      kpis: ['DIG-99'],
      chart: 'bar',
      teaser: 'ENTWURF: Wie viele Menschen nutzen ein Nutzerkonto?',
      body: 'ENTWURF – diese Kachel ist noch nicht veröffentlicht.',
    },
  ]),
];

export const draftMeeting = meeting({
  slug: 'ukvs-2025-06-25',
  body: B.ukvs,
  title: 'ENTWURF – Sitzung des Umwelt-, Klima- und Verkehrssenates',
  start: '2025-06-25T14:00:00.000Z',
  status: 'scheduled',
  items: [
    {
      number: '1',
      title: 'ENTWURF – Hitzeaktionsplan 2025',
      resolutionProposal: 'ENTWURF: Der Hitzeaktionsplan 2025 wird zur Kenntnis genommen.',
      reasoning: 'ENTWURF: Die Vorlage wird noch abgestimmt.',
      tiles: ['hitze'],
      kpis: ['KLI-02'],
      sdgs: [3, 13],
    },
  ],
});

export const draftPage: Page = {
  slug: 'entwurf-datenstrategie',
  kind: 'other',
  title: 'ENTWURF – Datenstrategie',
  body: 'ENTWURF: Die Datenstrategie der Stadt Aschaffenburg wird derzeit erarbeitet. Diese Seite ist nicht veröffentlicht.',
};

/** Keys of the entries that stay drafts. */
export const drafts = {
  kpis: draftKpis.map((k) => k.code),
  tiles: draftTiles.map((t) => t.slug),
  meetings: [draftMeeting.slug],
  pages: [draftPage.slug],
};
