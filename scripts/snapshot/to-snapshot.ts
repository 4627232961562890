// Maps the CMS's REST entries to the snapshot's normalised entities:
// relations become stable keys, empty text becomes "". Enumerations pass
// through unchanged; the snapshot schema checks them afterwards.
import {
  parseSeriesLines,
  parseSynonymLines,
  type ApiActionDimension,
  type ApiActionField,
  type ApiBody,
  type ApiKpi,
  type ApiMeeting,
  type ApiPage,
  type ApiSdg,
  type ApiSiteSettings,
  type ApiTile,
} from '@sdd/shared-types';

const text = (v: string | null) => v ?? '';
const slugs = (refs: { slug: string }[]) => refs.map((r) => r.slug);

export const sdg = (e: ApiSdg) => ({
  number: e.number,
  titleDe: e.titleDe,
  titleEn: e.titleEn,
  color: e.color,
  description: text(e.description),
});

export const actionDimension = (e: ApiActionDimension) => ({
  slug: e.slug,
  name: e.name,
  description: text(e.description),
  order: e.order,
});

export const actionField = (e: ApiActionField) => ({
  slug: e.slug,
  name: e.name,
  description: text(e.description),
  order: e.order,
  dimension: e.dimension?.slug ?? '',
});

export const kpi = (e: ApiKpi) => ({
  code: e.code,
  name: e.name,
  unit: e.unit,
  description: text(e.description),
  method: text(e.method),
  sourceName: e.sourceName,
  sourceUrl: e.sourceUrl || null,
  licence: e.licence,
  periodicity: e.periodicity,
  polarity: e.polarity,
  decimals: e.decimals,
  target: e.target ? { value: e.target.value, year: e.target.year, label: e.target.label || null } : null,
  observations: e.observations.map((o) => ({
    period: o.period,
    value: o.value,
    series: o.series || null,
    provisional: o.provisional ?? false,
    note: o.note || null,
  })),
  sdgs: e.sdgs.map((s) => ({ goal: s.goal, target: s.target || null })),
  actionFields: slugs(e.actionFields),
  responsibleOffice: e.responsibleOffice || null,
  dataAsOf: e.dataAsOf || null,
  exampleData: e.exampleData ?? false,
  // Editors list comparison series one per line; an override is its status plus the reason shown beside it.
  comparisonSeries: parseSeriesLines(e.comparisonSeries),
  progressOverride: e.progressOverride
    ? { status: e.progressOverride, reason: text(e.progressOverrideReason ?? null) }
    : null,
});

export const tile = (e: ApiTile) => ({
  slug: e.slug,
  title: e.title,
  teaser: text(e.teaser),
  body: text(e.body),
  kpis: e.kpis.map((k) => k.code),
  chartType: e.chartType,
  showTarget: e.showTarget ?? true,
  primaryActionField: e.primaryActionField?.slug ?? null,
  sdgs: e.sdgs.map((s) => s.number),
  featured: e.featured ?? false,
  order: e.order,
});

export const body = (e: ApiBody) => ({
  slug: e.slug,
  name: e.name,
  shortName: e.shortName || null,
  kind: e.kind,
  description: text(e.description),
  website: e.website || null,
  order: e.order,
});

/** Links as the CMS stores them (a repeatable label + URL), minus rows an editor left half empty. */
const documentLinks = (links: readonly { label: string; url: string }[] | null | undefined) =>
  (links ?? [])
    .filter((l) => l.label.trim() && l.url.trim())
    .map((l) => ({ label: l.label.trim(), url: l.url.trim() }));

export const meeting = (e: ApiMeeting) => ({
  slug: e.slug,
  body: e.body?.slug ?? '',
  title: e.title,
  number: e.number,
  start: e.start,
  end: e.end || null,
  location: e.location || null,
  status: e.meetingStatus,
  dataAsOf: e.dataAsOf || null,
  documents: documentLinks(e.documents),
  agendaItems: e.agendaItems.map((a) => ({
    number: a.number,
    title: a.title,
    public: a.public,
    consultationType: a.consultationType,
    resolutionProposal: text(a.resolutionProposal),
    reasoning: text(a.reasoning),
    climateImpact: a.climateImpact,
    causesCosts: a.causesCosts ?? false,
    result: a.result || null,
    resolutionText: text(a.resolutionText ?? null),
    links: documentLinks(a.links),
    tiles: slugs(a.tiles),
    kpis: a.kpis.map((k) => k.code),
    sdgs: a.sdgs.map((s) => s.number),
  })),
});

export const page = (e: ApiPage) => ({ slug: e.slug, title: e.title, kind: e.kind, body: text(e.body) });

export const settings = (e: ApiSiteSettings) => ({
  cityName: e.cityName,
  siteTitle: e.siteTitle,
  intro: text(e.intro),
  accentColor: e.accentColor,
  contactEmail: e.contactEmail || null,
  contactAddress: e.contactAddress || null,
  dataLicence: e.dataLicence,
  footerLinks: e.footerLinks.map((l) => ({ label: l.label, url: l.url })),
  searchSynonyms: parseSynonymLines(text(e.searchSynonyms ?? null)),
  // Blank means "the generated text", as the editors' help text says.
  progressMethodText: text(e.progressMethodText ?? null).trim() || null,
  // Left out when unset, so the snapshot schema's defaults apply.
  contactUrl: e.contactUrl || null,
  officialKey: e.officialKey || null,
  contributorId: e.contributorId || null,
  ...(e.dataLicenceId ? { dataLicenceId: e.dataLicenceId } : {}),
});
