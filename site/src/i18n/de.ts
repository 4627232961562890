// Every visible UI string of the public site, German. Content comes from the
// CMS; this file holds the chrome, labels and sentence templates.
// The choice-list labels are shared with the admin (a subpath without zod, so
// islands stay small).
import { ENUM_LABELS_DE } from '@sdd/shared-types/enum-labels-de';
import { deChart } from './de-chart.ts';

export const de = {
  site: {
    skipLink: 'Zum Inhalt springen',
    mainNav: 'Hauptnavigation',
    menu: 'Menü',
    breadcrumbs: 'Brotkrumen-Navigation',
    home: 'Startseite',
    footerNav: 'Rechtliches und Service',
    exampleData: 'Beispieldaten: Die Werte dieser Kennzahl dienen nur der Vorführung.',
    snapshotOf: (date: string) => `Stand der Veröffentlichung: ${date}`,
    previewBanner: 'Vorschau – nicht veröffentlicht',
    previewNote: (date: string) =>
      `Entwürfe aus dem CMS, Stand ${date}. Besucherinnen und Besucher sehen diese Fassung nicht.`,
    /** In a preview, instead of the downloads and the share block (preview-mode.ts). */
    previewNoDownloads:
      'Downloads, Einbetten und Zitieren gibt es nach dem Veröffentlichen: Die Vorschau baut nur die Seiten.',
  },
  nav: {
    fields: 'Handlungsfelder',
    sdgs: 'Nachhaltigkeitsziele',
    tiles: 'Kacheln',
    council: 'Gremien',
    search: 'Suche',
    data: 'Offene Daten',
  },
  home: {
    featured: 'Im Blickpunkt',
    byField: 'Nach Handlungsfeldern',
    bySdg: 'Die 17 Nachhaltigkeitsziele',
    allTiles: 'Alle Kacheln ansehen',
    otherTiles: 'Weitere Kacheln',
    searchLabel: 'Kacheln, Kennzahlen, Ziele und Sitzungen durchsuchen',
    searchPlaceholder: 'z. B. CO₂, Radwege, Arbeitslosenquote',
  },
  tile: {
    about: 'Über diese Kachel',
    sdgs: 'Beitrag zu den Nachhaltigkeitszielen',
    noValue: 'kein Wert',
    toKpi: (name: string) => `Zur Kennzahl „${name}“`,
  },
  kpi: {
    summary: 'Zusammenfassung',
    chartTitle: (name: string) => `Verlauf: ${name}`,
    /** Name of the tab list that switches between chart and table. */
    views: (name: string) => `Darstellung: ${name}`,
    chartTab: 'Diagramm',
    tableTab: 'Tabelle',
    tableCaption: (name: string, unit: string) => `${name} (${unit})`,
    tableRegion: (name: string) => `Werte als Tabelle: ${name}`,
    totalColumn: (unit: string) => `Insgesamt (${unit})`,
    comparisonLabel: (name: string) => `Vergleich: ${name}`,
    comparisonColumn: (name: string, unit: string) => `${name} (Vergleich, ${unit})`,
    scrollHint: 'Die Tabelle lässt sich seitlich verschieben (wischen oder nach Fokus mit den Pfeiltasten).',
    period: 'Zeitraum',
    provisional: 'vorläufig',
    missing: 'keine Angabe',
    note: 'Anmerkung',
    about: 'Über diese Kennzahl',
    definition: 'Definition und Berechnung',
    unit: 'Einheit',
    source: 'Quelle',
    licence: 'Lizenz',
    periodicity: 'Turnus',
    polarity: 'Bewertung der Richtung',
    office: 'Zuständige Stelle',
    dataAsOf: 'Datenstand',
    code: 'Code',
    target: 'Zielwert',
    sdgs: 'Nachhaltigkeitsziele',
    fields: 'Handlungsfelder',
    tiles: 'Gezeigt in',
    meetings: 'Beraten in',
  },
  downloads: {
    heading: 'Herunterladen',
    intro:
      'Die Daten mit allen Reihen (auch den Vergleichswerten), Einheit, Quelle und Lizenz; das Diagramm als Bild mit Titel, Quelle, Lizenz und Datenstand.',
    csv: (size: string) => `Daten als CSV (${size})`,
    json: (size: string) => `Daten als JSON (${size})`,
    svg: (size: string) => `Diagramm als SVG (${size})`,
    /** The button that draws the chart's SVG into a PNG in the browser (scripts/chart-png.ts). */
    png: 'Diagramm als PNG',
    pngFailed: 'Das PNG ließ sich in diesem Browser nicht erstellen. Bitte das Diagramm als SVG herunterladen.',
    /** File sizes in the link texts: "34 KB", "1,2 MB". */
    size: (bytes: number) =>
      bytes < 1024 * 1024
        ? `${Math.max(1, Math.round(bytes / 1024))} KB`
        : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`,
  },
  images: {
    unit: (unit: string) => `Einheit: ${unit}`,
    source: (source: string) => `Quelle: ${source}`,
    sources: (sources: string) => `Quellen: ${sources}`,
    licence: (licence: string) => `Lizenz: ${licence}`,
    dataAsOf: (date: string) => `Datenstand: ${date}`,
    /** A tile image's chart heading: "Verlauf: Radwege (km)". */
    panel: (title: string, unit: string) => `${title} (${unit})`,
    /** Alternative text of a share preview. */
    shareAlt: (name: string, city: string) => `Vorschaubild: ${name} – ${city}`,
    siteShareAlt: (title: string) => `Vorschaubild: ${title}`,
    kicker: (city: string, siteTitle: string) => `${city} · ${siteTitle}`,
    figureOf: (kpiName: string) => `Kennzahl: ${kpiName}`,
    /** The default preview's line instead of a figure. */
    siteTagline: 'Kennzahlen, Ziele und Beschlüsse für eine nachhaltige Stadt',
  },
  summary: {
    noData: 'Für diese Kennzahl liegen noch keine Werte vor.',
    latest: (period: string, value: string, provisional: boolean) =>
      `Der neueste Wert (${period}${provisional ? ', vorläufig' : ''}) beträgt ${value}.`,
    change: (from: string, diff: string, pct: string) => `Gegenüber ${from} ist das eine Veränderung um ${diff}${pct}.`,
    unchanged: (from: string) => `Gegenüber ${from} ist der Wert unverändert.`,
    better: 'Das ist eine Entwicklung in die gewünschte Richtung.',
    worse: 'Das ist eine Entwicklung in die unerwünschte Richtung.',
    neutral: 'Für diese Kennzahl gibt es keine gewünschte Richtung.',
    target: (value: string, year: number) => `Ziel: ${value} bis ${year}.`,
    targetReached: 'Das Ziel ist erreicht.',
    targetGap: (gap: string) => `Bis zum Ziel fehlen noch ${gap}.`,
    series: (names: string) => `Die Werte sind zusätzlich aufgeteilt nach: ${names}.`,
    comparison: (period: string, values: string) => `Im Vergleich ${period}: ${values}.`,
    progressOver: (from: string, to: string, reached: boolean, provisional: boolean) =>
      `Bewertet nach den Werten ${from} bis ${to}${reached ? '; das Ziel ist erreicht' : ''}${provisional ? '; der neueste Wert ist vorläufig' : ''}.`,
    progressByEditors: (reason: string) => `Von der Redaktion bewertet: ${reason}`,
  },
  trend: {
    better: 'Entwicklung positiv',
    worse: 'Entwicklung negativ',
    same: 'unverändert',
    neutral: 'ohne Wertung',
    since: (period: string) => `seit ${period}`,
  },
  polarity: ENUM_LABELS_DE.polarity,
  periodicity: ENUM_LABELS_DE.periodicity,
  fields: {
    title: 'Handlungsfelder',
    intro: 'Alle Kacheln, geordnet nach Handlungsdimensionen und Handlungsfeldern.',
    tiles: 'Kacheln in diesem Handlungsfeld',
    none: 'Diesem Handlungsfeld sind noch keine Kacheln zugeordnet.',
  },
  sdg: {
    title: 'Nachhaltigkeitsziele (SDGs)',
    intro: 'Die 17 Ziele für nachhaltige Entwicklung der Vereinten Nationen und die Kennzahlen unserer Stadt dazu.',
    goal: (n: number) => `Ziel ${n}`,
    tiles: 'Kacheln zu diesem Ziel',
    kpis: 'Kennzahlen zu diesem Ziel',
    none: 'Zu diesem Ziel gibt es noch keine Kennzahlen.',
  },
  council: {
    title: 'Gremien und Sitzungen',
    meetings: 'Sitzungen',
    /** Title of a session page: bodies meet under the same title, the date tells them apart. */
    meetingTitle: (title: string, date: string) => `${title} am ${date}`,
    noMeetings: 'Noch keine veröffentlichten Sitzungen.',
    agenda: 'Tagesordnung (öffentlicher Teil)',
    item: (n: string) => `TOP ${n}`,
    consultationType: 'Beratungstyp',
    proposal: 'Beschlussvorschlag',
    reasoning: 'Begründung / Sachverhalt',
    climateImpact: 'Angaben zur Klimawirkung',
    costs: 'Angaben zu den Kosten',
    costsYes: 'Durch den Vollzug des Beschlusses entstehen Kosten.',
    costsNo: 'Durch den Vollzug des Beschlusses entstehen keine Kosten.',
    result: 'Ergebnis',
    resolutionText: 'Beschluss',
    itemDocuments: 'Vorlagen und Dateien',
    meetingDocuments: 'Dokumente der Sitzung',
    related: 'Bezüge',
    location: 'Sitzungsort',
    status: 'Status',
    date: 'Datum',
    body: 'Gremium',
  },
  consultationType: ENUM_LABELS_DE.consultationType,
  climateImpact: ENUM_LABELS_DE.climateImpact,
  meetingStatus: ENUM_LABELS_DE.meetingStatus,
  bodyKind: ENUM_LABELS_DE.bodyKind,
  searchPage: {
    title: 'Suche',
    intro: 'Volltextsuche über alle Seiten: Kacheln, Kennzahlen, Sitzungen und Tagesordnungspunkte.',
    label: 'Suchbegriff',
    landmark: 'Alle Seiten durchsuchen',
    placeholder: 'z. B. Radverkehr, CO2, Kita',
    /**
     * When the page searched the nearest words of the site instead of a typo; [COUNT], [CORRECTED], [TYPED] are filled
     * in.
     */
    correctedOne: '[COUNT] Ergebnis für „[CORRECTED]“ – Sie suchten „[TYPED]“',
    correctedMany: '[COUNT] Ergebnisse für „[CORRECTED]“ – Sie suchten „[TYPED]“',
    noScript: 'Die Volltextsuche benötigt JavaScript. Alle Inhalte erreichen Sie auch über die Navigation.',
    /** Preview builds have no full-text index (site/scripts/build.ts). */
    notInPreview:
      'In der Vorschau ist die Volltextsuche nicht verfügbar: Sie durchsucht nur veröffentlichte Inhalte. Die Seiten der Vorschau erreichen Sie über die Navigation.',
  },
  data: {
    title: 'Offene Daten',
    intro:
      'Alle veröffentlichten Kennzahlen stehen zum Herunterladen bereit: als CSV für Programme, als CSV für Excel, als JSON und alles zusammen als ZIP-Archiv.',
    collection: 'Alle Kennzahlen',
    csvHelp: 'Eine Zeile je Kennzahl, Zeitraum und Reihe; UTF-8 mit Kopfzeile.',
    excelHelp: 'Öffnet sich per Doppelklick in einem deutschen Excel gleich in Spalten.',
    columns: (names: string) => `Spalten: ${names}.`,
    asOf: (date: string) => `Datenstand ${date}`,
    catalogue: 'Datenkatalog für Datenportale',
    catalogueHelp:
      'Beschreibt alle Datensätze nach DCAT-AP.de, dem Standard von GovData. Landes-Datenportale können ihn regelmäßig abholen.',
    catalogueRdf: 'Katalog als RDF/XML',
    catalogueTtl: 'Katalog als Turtle',
    perKpi: (n: string) => `Jede Kennzahl einzeln (${n})`,
    perKpiHelp:
      'Jede Kennzahl als CSV, als CSV für Excel und als JSON; CSV und JSON verlinkt auch die Seite der Kennzahl.',
    csvShort: 'CSV',
    excelShort: 'Excel-CSV',
    jsonShort: 'JSON',
    licence: (licence: string) =>
      `Soweit bei einer Kennzahl nichts anderes angegeben ist, stehen die Daten unter der Lizenz „${licence}“.`,
  },
  progress: {
    label: ENUM_LABELS_DE.progressStatus,
    heading: 'Fortschritt',
    overviewTitle: 'Wie steht es um die Ziele?',
    overviewIntro:
      'Für jedes Nachhaltigkeitsziel und jedes Handlungsfeld: wie viele Kennzahlen auf gutem Weg sind und wie aktuell die Daten sind.',
    overviewLink: 'Wie steht es um die Ziele? Fortschritt aller Ziele und Handlungsfelder',
    summaryOf: (n: number) => (n === 1 ? 'So entwickelt sich die Kennzahl' : `So entwickeln sich die ${n} Kennzahlen`),
    coverage: (current: number, total: number, year: number | null, without: number) =>
      `${current} von ${total} mit Werten für ${year === null ? 'die letzten zwei Jahre' : `${year - 1} oder ${year}`}${without > 0 ? `, ${without} noch ohne Werte` : ''}.`,
    kpis: 'Kennzahlen',
    current: (year: number | null) => (year === null ? 'Aktuell' : `Mit Werten ${year - 1}/${year}`),
    withoutValues: 'Ohne Werte',
    sdgTable: 'Fortschritt je Nachhaltigkeitsziel (Anzahl Kennzahlen)',
    fieldTable: 'Fortschritt je Handlungsfeld (Anzahl Kennzahlen)',
    picture: 'Bild',
    method: 'Wie der Fortschritt bewertet wird',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder einer dieser Einstiege weiter:',
  },
  // Embed pages (/einbetten/…) and the share block of KPI and tile pages.
  embed: {
    table: 'Werte als Tabelle',
    imageAlt: (title: string) => `Diagramm: ${title}. Die Werte stehen in der Tabelle darunter.`,
    back: (siteTitle: string) => `Mehr dazu auf ${siteTitle}`,
  },
  share: {
    heading: 'Teilen, einbetten, zitieren',
    link: 'Link zu dieser Seite',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    embedHeading: 'Auf einer anderen Website einbetten',
    embedIntro: (height: number) =>
      `Fügen Sie diesen HTML-Code in Ihre Seite ein. Er zeigt die Werte mit Quelle und Lizenz und verlinkt hierher; die Höhe ist fest (${height} Pixel), die Breite passt sich an.`,
    embedCode: 'HTML-Code zum Einbetten',
    copyCode: 'Code kopieren',
    codeCopied: 'Code kopiert',
    embedPreview: 'Ansicht der eingebetteten Fassung',
    iframeTitle: (title: string, city: string) => `${title} – Kennzahlen ${city}`,
    citeHeading: 'Zitieren',
    citeFormats: 'Zitiervorschlag als Text, BibTeX oder CSL-JSON',
    citeIntro:
      'Vorschlag für eine Quellenangabe. Das Abrufdatum ist der heutige Tag (ohne JavaScript: der Tag der Veröffentlichung dieser Seite).',
    formats: { text: 'Als Text', bibtex: 'BibTeX', csl: 'CSL-JSON (Zotero, Citavi, pandoc)' },
    copyFormat: (format: string) => `${format} kopieren`,
    formatCopied: (format: string) => `${format} kopiert`,
    copyFailed: 'Kopieren nicht möglich. Bitte markieren und mit Strg+C kopieren.',
  },
  chart: deChart,
  // Island InstantSearch.svelte.
  search: {
    submit: 'Suchen',
    suggestions: 'Vorschläge',
    kind: { kpi: 'Kennzahl', tile: 'Kachel', sdg: 'Nachhaltigkeitsziel', field: 'Handlungsfeld', meeting: 'Sitzung' },
    /** Read to screen-reader users via aria-describedby once the island runs. */
    instructions:
      'Ab zwei Zeichen erscheinen Vorschläge. Mit Pfeil nach unten und oben auswählen, mit Enter öffnen, mit Escape schließen. Enter ohne Auswahl startet die Volltextsuche.',
    results: (n: number) => `${n} Treffer`,
    noResults: (query: string) => `Keine Treffer für „${query}“`,
    noResultsHint: 'Mit „Suchen“ durchsuchen Sie alle Seiten.',
    unavailable: 'Die Schnellsuche ist gerade nicht verfügbar. Mit „Suchen“ durchsuchen Sie alle Seiten.',
  },
} as const;
