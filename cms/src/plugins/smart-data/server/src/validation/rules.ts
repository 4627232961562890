// Field rules for editor input, as pure functions over plain data: the
// document-service middleware feeds them, tests call them directly.
import {
  comparisonSeriesProblems,
  footerLinkSchema,
  parseSeriesLines,
  httpUrlSchema,
  isReservedSlug,
  isSdgNumber,
  isTargetOfGoal,
  kpiCodeSchema,
  MAX_YEAR,
  maxValueYear,
  MIN_YEAR,
  SDG_COUNT,
  observationKey,
  periodSchema,
  slugSchema,
} from '@sdd/shared-types';
import type { FieldProblem } from './problem';

type Row = Record<string, unknown>;
const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
const asRows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

export function checkSlug(slug: unknown): FieldProblem[] {
  if (slug === undefined) return [];
  return slugSchema.safeParse(slug).success
    ? []
    : [
        {
          path: ['slug'],
          message:
            'Der Kurzname (Slug) darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, z. B. „co2-bilanz“.',
        },
      ];
}

/** An optional link must be an absolute http(s) address: the public site links to it. */
export function checkLink(field: string, value: unknown): FieldProblem[] {
  if (value === undefined || value === null || value === '') return [];
  return httpUrlSchema.safeParse(value).success
    ? []
    : [
        {
          path: [field],
          message: `„${String(value)}“ ist keine vollständige Adresse: bitte mit https:// angeben, z. B. „https://www.statistik.bayern.de/“.`,
        },
      ];
}

export function checkKpiCode(code: unknown): FieldProblem[] {
  if (code === undefined) return [];
  return kpiCodeSchema.safeParse(code).success
    ? []
    : [
        {
          path: ['code'],
          message: 'Der Code muss aus 2–32 Großbuchstaben, Ziffern, „.“, „_“ oder „-“ bestehen, z. B. „KLI-01“.',
        },
      ];
}

export function checkUnit(unit: unknown, isCreate: boolean): FieldProblem[] {
  if (unit === undefined && !isCreate) return [];
  return isBlank(unit)
    ? [{ path: ['unit'], message: 'Bitte eine Einheit angeben, z. B. „%“, „t CO₂/EW“ oder „Anzahl“.' }]
    : [];
}

export function checkYear(year: unknown, path: string[], now = new Date()): FieldProblem[] {
  const max = maxValueYear(now);
  if (typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= max) return [];
  return [{ path, message: `Das Jahr ${String(year)} ist nicht plausibel: erlaubt sind ${MIN_YEAR} bis ${max}.` }];
}

export function checkObservations(observations: unknown, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  asRows(observations).forEach((o, i) => {
    const at = (field: string) => ['observations', String(i), field];
    if (!periodSchema.safeParse(o.period).success) {
      problems.push({
        path: at('period'),
        message: `„${String(o.period ?? '')}“ ist kein Zeitraum: bitte ein Jahr wie „2024“, ein Quartal wie „2024-Q1“ oder einen Monat wie „2024-03“ angeben.`,
      });
      return;
    }
    const period = String(o.period);
    problems.push(...checkYear(Number(period.slice(0, 4)), at('period'), now));
    if (o.value !== null && o.value !== undefined && (typeof o.value !== 'number' || !Number.isFinite(o.value))) {
      problems.push({
        path: at('value'),
        message: 'Der Wert muss eine Zahl sein; für fehlende Werte das Feld leer lassen.',
      });
    }
    const series = isBlank(o.series) ? null : String(o.series).trim();
    const key = observationKey({ period, series });
    const first = seen.get(key);
    if (first !== undefined) {
      const label = series ? ` und die Reihe „${series}“` : '';
      problems.push({
        path: at('period'),
        message: `Für ${period}${label} gibt es schon einen Wert (Eintrag ${first + 1}). Pro Zeitraum und Reihe ist nur ein Wert erlaubt.`,
      });
    } else seen.set(key, i);
  });
  return problems;
}

export function checkSdgNumber(value: unknown, path: string[]): FieldProblem[] {
  return isSdgNumber(value)
    ? []
    : [{ path, message: `SDG-Nummern gehen von 1 bis ${SDG_COUNT}; „${String(value)}“ gibt es nicht.` }];
}

export function checkSdgAssignments(assignments: unknown): FieldProblem[] {
  return asRows(assignments).flatMap((a, i) => {
    const problems = checkSdgNumber(a.goal, ['sdgs', String(i), 'goal']);
    if (!isBlank(a.target) && problems.length === 0) {
      const target = String(a.target);
      if (!isTargetOfGoal(target, Number(a.goal))) {
        problems.push({
          path: ['sdgs', String(i), 'target'],
          message: `„${target}“ ist kein Unterziel von SDG ${String(a.goal)}: bitte z. B. „${String(a.goal)}.1“ angeben.`,
        });
      }
    }
    return problems;
  });
}

export function checkTarget(target: unknown): FieldProblem[] {
  if (target === null || target === undefined || typeof target !== 'object') return [];
  const t = target as Row;
  const problems: FieldProblem[] = [];
  if (typeof t.value !== 'number' || !Number.isFinite(t.value))
    problems.push({ path: ['target', 'value'], message: 'Der Zielwert muss eine Zahl sein.' });
  const year = t.year;
  if (!(typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR)) {
    problems.push({
      path: ['target', 'year'],
      message: `Das Zieljahr ${String(year)} ist nicht plausibel: erlaubt sind ${MIN_YEAR} bis ${MAX_YEAR}.`,
    });
  }
  return problems;
}

/** A page lives at /<slug>/: the names the site uses itself are taken (shared-types `RESERVED_SLUGS`). */
export function checkPageSlug(slug: unknown): FieldProblem[] {
  if (typeof slug !== 'string' || !isReservedSlug(slug)) return [];
  return [
    {
      path: ['slug'],
      message: `Den Kurznamen „${slug}“ verwendet die Website selbst (/${slug}/). Bitte einen anderen wählen, z. B. „${slug}-info“.`,
    },
  ];
}

/** A target reached before the first value was measured makes no sense (and its chart would start before the data). */
export function checkTargetAfterData(target: unknown, observations: unknown): FieldProblem[] {
  if (target === null || typeof target !== 'object' || !Array.isArray(observations)) return [];
  const year = (target as Row).year;
  const years = asRows(observations)
    .map((o) => Number(String(o.period ?? '').slice(0, 4)))
    .filter((y) => Number.isInteger(y) && y >= MIN_YEAR);
  if (typeof year !== 'number' || years.length === 0) return [];
  const first = Math.min(...years);
  return year < first
    ? [
        {
          path: ['target', 'year'],
          message: `Das Zieljahr ${year} liegt vor dem ersten Wert (${first}). Bitte ein Jahr ab ${first} angeben.`,
        },
      ]
    : [];
}

/** Required texts: Strapi accepts blanks, the snapshot (and so the build) does not. */
export function checkNotBlank(data: Row, fields: Record<string, string>, isCreate: boolean): FieldProblem[] {
  return Object.entries(fields)
    .filter(([field]) => (isCreate || data[field] !== undefined) && isBlank(data[field]))
    .map(([field, label]) => ({
      path: [field],
      message: `Bitte „${label}“ ausfüllen; nur Leerzeichen genügen nicht.`,
    }));
}

/** Footer links: an absolute https:// address or a path of the site such as "/impressum/". */
export function checkFooterLinks(links: unknown): FieldProblem[] {
  return asRows(links).flatMap((l, i) => [
    ...(isBlank(l.label)
      ? [{ path: ['footerLinks', String(i), 'label'], message: 'Bitte eine Beschriftung angeben.' }]
      : []),
    ...(footerLinkSchema.shape.url.safeParse(l.url).success
      ? []
      : [
          {
            path: ['footerLinks', String(i), 'url'],
            message: `„${String(l.url ?? '')}“ ist keine Adresse: bitte „https://…“ oder einen Pfad der Website wie „/impressum/“ angeben.`,
          },
        ]),
  ]);
}

/** Agenda items need a title that is not blank (the session page lists them by title). */
export function checkAgendaItems(items: unknown): FieldProblem[] {
  return asRows(items).flatMap((a, i) =>
    isBlank(a.title)
      ? [
          {
            path: ['agendaItems', String(i), 'title'],
            message: 'Bitte eine Bezeichnung für den Tagesordnungspunkt angeben.',
          },
        ]
      : [],
  );
}

/**
 * Comparison series must name series the values carry, and leave the city at least one of its own (shared-types rule).
 */
export function checkComparisonSeries(text: unknown, observations: unknown): FieldProblem[] {
  if (typeof text !== 'string' || !Array.isArray(observations)) return [];
  const series = asRows(observations).map((o) => ({ series: isBlank(o.series) ? null : String(o.series).trim() }));
  return comparisonSeriesProblems(parseSeriesLines(text), series).map((message) => ({
    path: ['comparisonSeries'],
    message,
  }));
}

/** A progress status set by hand needs its reason: visitors are shown why. */
export function checkProgressOverride(status: unknown, reason: unknown): FieldProblem[] {
  if (status === undefined || status === null || status === '' || !isBlank(reason)) return [];
  return [
    {
      path: ['progressOverrideReason'],
      message:
        'Bitte begründen, warum der Fortschritt von Hand bewertet wird; die Begründung steht auf der Website neben der Bewertung.',
    },
  ];
}
