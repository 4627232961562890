// Data sources the demo KPIs cite. The values are invented (Beispieldaten);
// the publishers are the ones German municipalities usually draw on.

/** Publisher of a KPI's data, with link and licence. */
export interface Source {
  name: string;
  url: string | null;
  licence: string;
}

/** Default licence of the demo data set. */
export const DL_DE_BY = 'Datenlizenz Deutschland – Namensnennung – 2.0';
const CC_BY = 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)';

const external = (name: string, url: string, licence: string = DL_DE_BY): Source => ({ name, url, licence });

/** City offices that several action fields refer to. */
export const OFFICE = {
  klima: 'Amt für Stadtplanung und Klimamanagement',
  digital: 'Amt für Digitalisierung, Organisation und IT',
  wirtschaft: 'Amt für Wirtschaft und Stadtmarketing',
} as const;

/** A source inside the city administration (no public link). */
export const city = (office: string): Source => ({
  name: `Stadt Aschaffenburg – ${office}`,
  url: null,
  licence: DL_DE_BY,
});

export const LFSTAT = external('Bayerisches Landesamt für Statistik', 'https://www.statistik.bayern.de/');
export const BA = external('Bundesagentur für Arbeit – Statistik', 'https://statistik.arbeitsagentur.de/');
export const UBA = external('Umweltbundesamt', 'https://www.umweltbundesamt.de/');
export const LFU = external(
  'Bayerisches Landesamt für Umwelt – Lufthygienisches Landesüberwachungssystem',
  'https://www.lfu.bayern.de/luft/',
);
export const DWD = external(
  'Deutscher Wetterdienst – Climate Data Center',
  'https://opendata.dwd.de/climate_environment/CDC/',
  CC_BY,
);
export const KBA = external('Kraftfahrt-Bundesamt', 'https://www.kba.de/');
export const WEGWEISER = external('Bertelsmann Stiftung – Wegweiser Kommune', 'https://www.wegweiser-kommune.de/');
export const SDG_PORTAL = external(
  'SDG-Indikatoren für Kommunen (Bertelsmann Stiftung, Difu u. a.)',
  'https://sdg-portal.de/',
);
export const MASTR = external('Bundesnetzagentur – Marktstammdatenregister', 'https://www.marktstammdatenregister.de/');
export const GIGABIT = external('Bundesnetzagentur – Gigabit-Grundbuch', 'https://gigabitgrundbuch.bund.de/');
export const POLICE = external(
  'Polizeipräsidium Unterfranken – Polizeiliche Kriminalstatistik',
  'https://www.polizei.bayern.de/',
);
export const VGRDL = external(
  'Arbeitskreis Volkswirtschaftliche Gesamtrechnungen der Länder',
  'https://www.statistikportal.de/de/vgrdl',
);
export const STIFTERVERBAND = external('Stifterverband – Wissenschaftsstatistik', 'https://www.stifterverband.org/');
export const DPMA = external('Deutsches Patent- und Markenamt', 'https://www.dpma.de/');
export const TH_AB = external('Technische Hochschule Aschaffenburg', 'https://www.th-ab.de/');
export const STADTWERKE: Source = { name: 'Stadtwerke Aschaffenburg – Verkehrsbetriebe', url: null, licence: DL_DE_BY };
