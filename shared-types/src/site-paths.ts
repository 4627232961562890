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
  bodies: () => '/gremien/',
  body: (slug: string) => `/gremien/${slug}/`,
  meeting: (slug: string) => `/sitzungen/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  search: () => '/suche/',
  data: () => '/daten/',
  dataCsv: () => '/daten/kennzahlen.csv',
  dataJson: () => '/daten/snapshot.json',
  searchIndex: () => '/suche-index.json',
};

