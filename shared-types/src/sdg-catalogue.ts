// The 17 UN Sustainable Development Goals: numbers, official colours, German
// and English short titles (source: UN SDG communication guidelines / Open
// SDG; German titles as on the Aschaffenburg dashboard). A fixed catalogue:
// the CMS seeds it and refuses to delete it.

/** One entry of the fixed SDG catalogue. */
export interface SdgCatalogueEntry {
  /** Goal number, 1–17. */
  readonly number: number;
  /** Official colour as #RRGGBB. */
  readonly color: string;
  /** German short title. */
  readonly titleDe: string;
  /** English short title. */
  readonly titleEn: string;
}

export const SDG_CATALOGUE: readonly SdgCatalogueEntry[] = [
  { number: 1, color: '#E5243B', titleDe: 'Keine Armut', titleEn: 'No poverty' },
  { number: 2, color: '#DDA63A', titleDe: 'Kein Hunger', titleEn: 'Zero hunger' },
  { number: 3, color: '#4C9F38', titleDe: 'Gesundheit und Wohlergehen', titleEn: 'Good health and well-being' },
  { number: 4, color: '#C5192D', titleDe: 'Hochwertige Bildung', titleEn: 'Quality education' },
  { number: 5, color: '#FF3A21', titleDe: 'Geschlechtergleichheit', titleEn: 'Gender equality' },
  {
    number: 6,
    color: '#26BDE2',
    titleDe: 'Sauberes Wasser und Sanitäreinrichtungen',
    titleEn: 'Clean water and sanitation',
  },
  { number: 7, color: '#FCC30B', titleDe: 'Bezahlbare und saubere Energie', titleEn: 'Affordable and clean energy' },
  {
    number: 8,
    color: '#A21942',
    titleDe: 'Menschenwürdige Arbeit und Wirtschaftswachstum',
    titleEn: 'Decent work and economic growth',
  },
  {
    number: 9,
    color: '#FD6925',
    titleDe: 'Industrie, Innovation und Infrastruktur',
    titleEn: 'Industry, innovation and infrastructure',
  },
  { number: 10, color: '#DD1367', titleDe: 'Weniger Ungleichheiten', titleEn: 'Reduced inequalities' },
  {
    number: 11,
    color: '#FD9D24',
    titleDe: 'Nachhaltige Städte und Gemeinden',
    titleEn: 'Sustainable cities and communities',
  },
  {
    number: 12,
    color: '#BF8B2E',
    titleDe: 'Nachhaltiger Konsum und Produktion',
    titleEn: 'Responsible consumption and production',
  },
  { number: 13, color: '#3F7E44', titleDe: 'Maßnahmen zum Klimaschutz', titleEn: 'Climate action' },
  { number: 14, color: '#0A97D9', titleDe: 'Leben unter Wasser', titleEn: 'Life below water' },
  { number: 15, color: '#56C02B', titleDe: 'Leben an Land', titleEn: 'Life on land' },
  {
    number: 16,
    color: '#00689D',
    titleDe: 'Frieden, Gerechtigkeit und starke Institutionen',
    titleEn: 'Peace, justice and strong institutions',
  },
  {
    number: 17,
    color: '#19486A',
    titleDe: 'Partnerschaften zur Erreichung der Ziele',
    titleEn: 'Partnerships for the goals',
  },
];
