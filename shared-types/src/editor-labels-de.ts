// German labels and help texts editors see in the content manager, per
// content type (or component) and field. The CMS writes them into the
// content manager's views and names fields with them in its messages; the
// publisher names the field of a build problem with them.
import { UID } from './plugin-ids.ts';
import { RESERVED_SLUGS } from './reserved-slugs.ts';

export type EditorLabels = Record<string, Record<string, [label: string, description?: string]>>;

export const EDITOR_LABELS_DE: EditorLabels = {
  [UID.sdg]: {
    number: ['Nummer', 'Ziel 1 bis 17 (fest vorgegeben).'],
    titleDe: ['Titel (deutsch)'],
    titleEn: ['Titel (englisch)'],
    color: ['Farbe', 'Offizielle UN-Farbe als #RRGGBB, z. B. „#FD9D24“.'],
    description: ['Beschreibung', 'Was das Ziel für unsere Stadt bedeutet.'],
  },
  [UID.actionDimension]: {
    name: ['Name'],
    slug: ['Kurzname (URL)', 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „oekologie“.'],
    description: ['Beschreibung'],
    order: ['Reihenfolge', 'Kleinere Zahlen stehen weiter vorn.'],
    fields: ['Handlungsfelder'],
  },
  [UID.actionField]: {
    name: ['Name'],
    slug: ['Kurzname (URL)', 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „energie“.'],
    description: ['Beschreibung'],
    order: ['Reihenfolge', 'Kleinere Zahlen stehen weiter vorn.'],
    dimension: ['Handlungsdimension'],
  },
  [UID.kpi]: {
    code: [
      'Code',
      'Eindeutiger Schlüssel, z. B. „KLI-01“. Wird in Adressen und beim Import verwendet; bitte nicht mehr ändern.',
    ],
    name: ['Name'],
    unit: ['Einheit', 'Pflichtfeld, z. B. „%“, „t CO₂/EW“ oder „Anzahl“.'],
    description: ['Beschreibung', 'Was die Kennzahl aussagt.'],
    method: ['Definition und Berechnung', 'Formel, Methode, Hinweise zur Datenqualität.'],
    sourceName: ['Quelle', 'Wer die Daten veröffentlicht, z. B. „Bayerisches Landesamt für Statistik“.'],
    sourceUrl: ['Link zur Quelle'],
    licence: ['Lizenz'],
    periodicity: ['Turnus', 'Wie oft neue Werte kommen.'],
    polarity: ['Richtung', 'Ist ein steigender Wert gut, schlecht oder ohne gewünschte Richtung?'],
    decimals: ['Nachkommastellen'],
    target: ['Zielwert'],
    progressOverride: [
      'Fortschritt (von Hand)',
      'Nur ausfüllen, wenn die berechnete Bewertung in die Irre führt (z. B. nach einer neuen Zählmethode). Leer lassen: Die Website berechnet den Fortschritt aus den Werten und dem Zielwert.',
    ],
    progressOverrideReason: [
      'Begründung der Bewertung',
      'Pflicht, wenn „Fortschritt (von Hand)“ gesetzt ist. Wird auf der Website neben der Bewertung gezeigt.',
    ],
    observations: ['Werte', 'Ein Wert je Zeitraum und Reihe; fehlende Werte leer lassen.'],
    comparisonSeries: [
      'Vergleichsreihen',
      'Reihen mit Vergleichswerten anderer Gebiete, eine je Zeile, genau wie in der Wertetabelle, z. B. „Bayern“. Sie werden gestrichelt als „Vergleich“ gezeigt und zählen nicht für Trend und Fortschritt.',
    ],
    sdgs: ['SDG-Zuordnung'],
    actionFields: ['Handlungsfelder'],
    responsibleOffice: ['Zuständige Stelle'],
    dataAsOf: ['Datenstand'],
    exampleData: ['Beispieldaten', 'Angekreuzt, solange die Werte nur zur Vorführung dienen.'],
  },
  [UID.tile]: {
    title: ['Titel'],
    slug: [
      'Kurzname (URL)',
      'Leer lassen: wird beim Speichern aus dem Titel erzeugt. Sonst Kleinbuchstaben, Ziffern und Bindestriche. Nach der Veröffentlichung nicht mehr ändern: Links darauf gingen ins Leere.',
    ],
    teaser: ['Kurztext', 'Ein bis zwei Sätze auf der Kachel.'],
    body: ['Text', 'Ausführlicher Text auf der Seite der Kachel.'],
    kpis: ['Kennzahlen', 'Die erste Kennzahl ist die Leitzahl der Kachel.'],
    chartType: ['Diagrammtyp'],
    showTarget: ['Zielwert anzeigen'],
    primaryActionField: ['Handlungsfeld'],
    sdgs: ['SDGs'],
    featured: ['Auf der Startseite'],
    order: ['Reihenfolge'],
  },
  [UID.body]: {
    name: ['Name'],
    slug: [
      'Kurzname (URL)',
      'Leer lassen: wird beim Speichern aus dem Namen erzeugt. Sonst Kleinbuchstaben, Ziffern und Bindestriche. Nach der Veröffentlichung nicht mehr ändern: Links darauf gingen ins Leere.',
    ],
    shortName: ['Abkürzung'],
    kind: ['Art'],
    description: ['Beschreibung'],
    website: ['Webseite'],
    order: ['Reihenfolge'],
    meetings: ['Sitzungen'],
    oparlId: ['OParl-ID', 'Aus dem Ratsinformationssystem übernommen (npm run oparl); nicht ändern.'],
  },
  [UID.meeting]: {
    title: ['Titel'],
    slug: [
      'Kurzname (URL)',
      'Leer lassen: wird beim Speichern aus dem Titel erzeugt. Sonst Kleinbuchstaben, Ziffern und Bindestriche. Nach der Veröffentlichung nicht mehr ändern: Links darauf gingen ins Leere.',
    ],
    body: ['Gremium', 'Pflichtfeld: ohne Gremium kann die Sitzung nicht veröffentlicht werden.'],
    number: ['Sitzungsnummer'],
    start: ['Beginn'],
    end: ['Ende'],
    location: ['Sitzungsort'],
    meetingStatus: ['Status der Sitzung'],
    dataAsOf: ['Datenstand'],
    agendaItems: ['Tagesordnung', 'Nichtöffentliche Punkte werden nie veröffentlicht.'],
    documents: ['Dokumente', 'Einladung, Protokolle und Anlagen als Links.'],
    oparlId: ['OParl-ID', 'Aus dem Ratsinformationssystem übernommen (npm run oparl); nicht ändern.'],
  },
  [UID.page]: {
    title: ['Titel'],
    slug: [
      'Kurzname (URL)',
      `Die Seite erscheint unter /kurzname/. Leer lassen: wird beim Speichern aus dem Titel erzeugt. Sonst Kleinbuchstaben, Ziffern und Bindestriche. Nicht erlaubt sind Namen, die die Website selbst verwendet: ${RESERVED_SLUGS.filter((s) => /^[a-z0-9-]+$/.test(s)).join(', ')}.`,
    ],
    kind: ['Art der Seite'],
    body: ['Inhalt'],
  },
  [UID.siteSetting]: {
    siteTitle: ['Titel der Website'],
    intro: ['Einleitung', 'Ein Absatz auf der Startseite.'],
    accentColor: ['Akzentfarbe', 'Als #RRGGBB, z. B. „#005A9C“; muss auf Weiß gut lesbar sein.'],
    cityName: [
      'Name der Stadt',
      'Wie im Gemeindeverzeichnis, z. B. „Aschaffenburg“; der Open-Data-Katalog nennt ihn als Herausgeber der Daten.',
    ],
    contactEmail: [
      'Kontakt-E-Mail',
      'Ansprechstelle für Fragen zu den Daten; der Open-Data-Katalog braucht diese Adresse oder die Kontakt-Webseite.',
    ],
    contactUrl: [
      'Kontakt-Webseite',
      'Optional, mit https://, z. B. eine Kontaktseite der Stadt; ersetzt im Open-Data-Katalog die E-Mail, wenn diese fehlt.',
    ],
    contactAddress: ['Anschrift'],
    dataLicence: [
      'Datenlizenz',
      'Der Lizenztext, den die Website zeigt, z. B. „Datenlizenz Deutschland – Namensnennung – 2.0“.',
    ],
    dataLicenceId: [
      'Lizenz im Datenkatalog',
      'Dieselbe Lizenz aus der Liste von DCAT-AP.de; Datenportale wie GovData übernehmen sie.',
    ],
    officialKey: [
      'Amtlicher Schlüssel (AGS oder ARS)',
      'Gemeindeschlüssel mit 8 Ziffern (z. B. „09661000“) oder Regionalschlüssel mit 12 Ziffern, aus dem Gemeindeverzeichnis des Statistischen Bundesamts. Datenportale ordnen die Daten damit der Stadt zu.',
    ],
    contributorId: [
      'GovData-Kennung (contributorID)',
      'Die Kennung, die die Geschäftsstelle von GovData der Stadt zuteilt (nur der Teil nach „…/contributors/“). Leer lassen, solange keine vergeben ist.',
    ],
    footerLinks: ['Links in der Fußzeile'],
    searchSynonyms: [
      'Suchbegriffe (Synonyme)',
      'Eine Gruppe je Zeile, Wörter durch Kommas getrennt, z. B. „Freibad, Schwimmbad, Hallenbad“: Die Suche findet dann mit jedem Wort dieselben Seiten.',
    ],
    progressMethodText: [
      'Text zur Fortschrittsbewertung',
      'Optional, Markdown: erklärt auf „Über das Dashboard“ und „Wie steht es um die Ziele?“, wie der Fortschritt bewertet wird. Leer lassen für den automatisch erzeugten Text (im Feld als grauer Vorschlag zu sehen), der die Schwellenwerte der Methode stets richtig nennt. Wer ihn ändert, muss die Zahlen bei einer Änderung der Methode selbst anpassen.',
    ],
  },
  'smart-data.observation': {
    period: ['Zeitraum', 'Jahr wie „2024“, Quartal „2024-Q1“ oder Monat „2024-03“.'],
    value: ['Wert', 'Leer lassen, wenn der Wert fehlt.'],
    series: ['Reihe', 'Optional, z. B. „Frauen“ oder „Männer“.'],
    provisional: ['Vorläufig'],
    note: ['Anmerkung'],
  },
  'smart-data.kpi-target': {
    value: ['Zielwert'],
    year: ['Zieljahr', 'Vierstellig, z. B. „2030“; nicht vor dem ersten Jahr der Werte.'],
    label: ['Grundlage', 'Z. B. „Stadtratsbeschluss vom 12.05.2022“.'],
  },
  'smart-data.sdg-assignment': {
    goal: ['SDG', 'Nummer 1 bis 17.'],
    target: ['Unterziel', 'Optional, Ziel-Nummer, Punkt, Unterziel, z. B. „11.6“ oder „6.a“.'],
  },
  'smart-data.agenda-item': {
    number: ['TOP-Nr.', 'Wie auf der Tagesordnung gedruckt, z. B. „1“ oder „2.1“.'],
    title: ['Bezeichnung'],
    public: ['Öffentlich', 'Nichtöffentliche Punkte verlassen das CMS nie.'],
    consultationType: ['Beratungstyp'],
    resolutionProposal: ['Beschlussvorschlag'],
    reasoning: ['Begründung / Sachverhalt'],
    climateImpact: ['Angaben zur Klimawirkung'],
    causesCosts: ['Es entstehen Kosten'],
    result: ['Ergebnis'],
    tiles: ['Kacheln'],
    kpis: ['Kennzahlen'],
    sdgs: ['SDGs'],
    resolutionText: ['Beschlusstext'],
    links: ['Vorlagen und Dateien', 'Links zu Drucksachen und Dateien.'],
    oparlId: ['OParl-ID', 'Aus dem Ratsinformationssystem übernommen (npm run oparl); nicht ändern.'],
  },
  'smart-data.link': {
    label: ['Beschriftung'],
    url: ['Adresse'],
    // Hidden in the form (bootstrap/oparl-fields.ts); named for messages.
    paperOparlId: ['OParl-ID der Drucksache'],
  },
};
