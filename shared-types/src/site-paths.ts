// Every public path of the site in one place (German, stable, trailing slash):
// the site's links, and the CMS's preview links to an entry's page.
export const sitePaths = {
  home: () => '/',
  fields: () => '/handlungsfelder/',
  field: (slug: string) => `/handlungsfelder/${slug}/`,
  sdgs: () => '/sdg/',
  sdg: (n: number) => `/sdg/${n}/`,
  tiles: () => '/kacheln/',
  tile: (slug: string) => `/kacheln/${slug}/`,
  kpi: (code: string) => `/kennzahlen/${code.toLowerCase()}/`,
  kpiCsv: (code: string) => `/kennzahlen/${code.toLowerCase()}.csv`,
  kpiJson: (code: string) => `/kennzahlen/${code.toLowerCase()}.json`,
  /** The KPI's chart as an image (title, unit, source, licence, Datenstand in it). */
  kpiSvg: (code: string) => `/kennzahlen/${code.toLowerCase()}.svg`,
  /** Share preview (Open Graph, 1200×630): figure, trend, name, city. */
  kpiSharePng: (code: string) => `/kennzahlen/${code.toLowerCase()}.vorschau.png`,
  /** A tile's data (all its KPIs) and its charts as one image. */
  tileCsv: (slug: string) => `/kacheln/${slug}.csv`,
  tileJson: (slug: string) => `/kacheln/${slug}.json`,
  tileSvg: (slug: string) => `/kacheln/${slug}.svg`,
  tileSharePng: (slug: string) => `/kacheln/${slug}.vorschau.png`,
  /** Share preview of pages without their own. */
  siteSharePng: () => '/vorschau.png',
  /** Pages for other websites' iframes: the only paths the live site lets others frame. */
  embeds: () => '/einbetten/',
  kpiEmbed: (code: string) => `/einbetten/kennzahlen/${code.toLowerCase()}/`,
  tileEmbed: (slug: string) => `/einbetten/kacheln/${slug}/`,
  bodies: () => '/gremien/',
  body: (slug: string) => `/gremien/${slug}/`,
  meeting: (slug: string) => `/sitzungen/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  progress: () => '/fortschritt/',
  search: () => '/suche/',
  data: () => '/daten/',
  dataCsv: () => '/daten/kennzahlen.csv',
  dataJson: () => '/daten/snapshot.json',
  dataExcelCsv: () => '/daten/kennzahlen-excel.csv',
  dataZip: () => '/daten/offene-daten.zip',
  kpiExcelCsv: (code: string) => `/daten/excel/${code.toLowerCase()}.csv`,
  catalogueRdf: () => '/daten/katalog.rdf',
  catalogueTtl: () => '/daten/katalog.ttl',
  searchIndex: () => '/suche-index.json',
  searchVocabulary: () => '/suche/woerter.json',
};
