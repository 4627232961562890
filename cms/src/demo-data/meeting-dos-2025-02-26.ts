// The 1st session of the Digitalisierungs- und Organisationssenat on
// 26.02.2025, copied from the city's public council record (seed document
// 000), plus an invented non-public item that must never be published.
import { B } from './bodies';
import { meeting } from './council';

const PROCESS_MANAGEMENT = `342 Handlungsempfehlungen hat die KGSt zusammen mit den Führungskräften und Mitarbeitenden der Stadtverwaltung aufgeschrieben. Ein Kernthema dabei ist Prozessmanagement. Dies zeigt sich deutlich in den referatsbezogenen und den referatsübergreifenden Handlungsempfehlungen. Prozessmanagement gilt als erste Wahl, wenn es darum geht, Abläufe der Verwaltung so zu gestalten, dass die Dienstleistungen den Erwartungen und Ansprüchen der Stadtgesellschaft noch besser entsprechen, dabei kostengünstiger, qualitativ hochwertiger mit weniger personaler Ressourcenbindung erstellt werden können. Prozessmanagement kann zudem sehr zielführend eingesetzt werden, wenn es darum geht, das relevante Wissen von Mitarbeitenden zu erkennen, zu speichern und zur Verfügung zu stellen. Zum Beispiel für Onboardings, Einarbeitungen und Befähigungen. Aus diesen vielfältigen Gründen wollen wir in der Stadt Aschaffenburg Prozess-management schrittweise, ressourcenschonend und mit hoher Kostendisziplin ein- und durchführen.

Der Kreis Wesel führt schon seit vielen Jahren Prozessmanagement durch und verwendet dabei das Softwaretool Picture, das wir ebenso einsetzen. Über die Jahre hat das Prozessmanagement des Kreis Wesel in der Kommunalverwaltung einen guten Ruf erworben.

xxx, der fachliche Leiter des Prozessmanagements beim Kreis Wesel, wird uns erläutern, was Prozessmanagement leisten kann. Wir möchten gemeinsam mit den Mitgliedern des DOS Impulse sammeln. Mit diesen Impulsen wollen wir dann mit Ihnen in den Dialog gehen, auch einmal laut denken, Fragen und Antworten in die gemeinsame Reflexion und Kommunikation bringen.`;

const DASHBOARD_EXTENSIONS = `Das am 02.07.2024 vorgestellte Smart Data Dashboard wurde im Verlauf des vergangenen Jahres stetig weiterentwickelt. Einerseits wurden weitere Inhalte in Verantwortung der Smart City Beauftragten ergänzt, andererseits wurden gemäß Beschluss vom UKVS am 24. April 2024 entsprechend Beschlussempfehlung des Nachhaltigkeitsbeirates (ehem. Agenda21-Beirates) vom 13. März 2024 Inhalte aus dem Bericht Nachhaltige Kommune (BNK)¹ mit Zuordnung zu den 17 Nachhaltigkeitszielen der Agenda 2030 der Vereinten Nationen implementiert.

Unter anderem wurden folgende Erweiterungen umgesetzt:

- Suchfunktion – schnelleres Auffinden der gewünschten Daten
- engere Anbindung an ein Content Management System (CMS) – Erleichterung der Wartung, Pflege und Aktualisierung der Daten durch die Verwaltung
- Layoutveränderungen – Implementierung von Handlungsdimensionen und –feldern sowie der 17 Nachhaltigkeitsziele
- Menüstruktur – entsprechend des neuen Layouts
- Über 60 Kacheln mit über 140 Kennzahlen/Indikatoren zugeordnet zur Nachhaltigkeit.
- Fortführung der Open Source Anforderungen

Die Umsetzung wurde aus dem kommunalen Haushalt des Amtes für Digitalisierung, Organisation und IT, und des Amtes für Stadtplanung und Klimamanagement sowie einer Förderung in Höhe von 20.000 Euro durch Engagement Global mit ihrer Servicestelle Kommunen in der einen Welt (SKEW) mit Mitteln des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung bewerkstelligt.

Das Smart Data Dashboard wird kontinuierlich weiterentwickelt sowie soweit möglich jährlich neue Daten eingespielt.

Eine detaillierte Vorstellung der implementierten Nachhaltigkeitsziele erfolgt am 18. März 2025 um 17:30 Uhr in der öffentlichen Sitzung des Nachhaltigkeitsbeirates.

---

¹ Berichtsrahmen Nachhaltige Kommune (BNK)`;

/** Invented non-public item: its text must never leave the CMS. */
const CONFIDENTIAL = `VERTRAULICH-NICHTOEFFENTLICH – Beratung in nichtöffentlicher Sitzung gemäß Art. 52 Abs. 2 GO.

Die Verwaltung schlägt vor, den Zuschlag für den Rahmenvertrag über IT-Dienstleistungen (Betrieb und Weiterentwicklung der Fachverfahren, Laufzeit vier Jahre) an den wirtschaftlichsten Bieter zu erteilen. Die Angebotswertung und die Namen der Bieter sind der nichtöffentlichen Vorlage zu entnehmen. (Beispieltext der Demo-Daten.)`;

export const dos20250226 = meeting({
  slug: 'dos-2025-02-26',
  body: B.dos,
  title: '1. Sitzung des Digitalisierungs- und Organisationssenates',
  number: 1,
  start: '2025-02-26T16:00:00.000Z',
  location: 'Großer Sitzungssaal',
  status: 'invitation',
  dataAsOf: '2025-03-03T09:21:00.000Z',
  items: [
    {
      number: '1',
      title:
        'Was Prozessmanagement leisten kann - Impulse aus dem Kreis Wesel mit anschließendem Dialog - externer Referent: xxx (Kreis Wesel)',
      consultationType: 'for-information',
      resolutionProposal:
        'Die Präsentation zum Thema Leistungsfähigkeit des Prozessmanagements wird zur Kenntnis genommen',
      reasoning: PROCESS_MANAGEMENT,
      climateImpact: 'none-required',
      causesCosts: false,
      tiles: ['verwaltung-von-innen'],
      kpis: ['DIG-11'],
      sdgs: [16],
    },
    {
      number: '2',
      title: 'Vorstellung der Erweiterungen des Smart Data Dashboards',
      consultationType: 'decision',
      resolutionProposal:
        'Der Vortrag der Verwaltung zum Smart Data Dashboard Aschaffenburg wird zur Kenntnis genommen.',
      reasoning: DASHBOARD_EXTENSIONS,
      climateImpact: 'none-required',
      causesCosts: false,
      tiles: ['open-data', 'digitale-verwaltung', 'entwicklungszusammenarbeit'],
      kpis: ['DIG-12', 'DIG-07', 'GLO-10'],
      sdgs: [9, 11, 17],
    },
    {
      number: '3',
      title: 'Vergabe Rahmenvertrag IT-Dienstleistungen (nichtöffentlich)',
      public: false,
      consultationType: 'decision',
      resolutionProposal: 'VERTRAULICH-NICHTOEFFENTLICH: Der Zuschlag wird gemäß nichtöffentlicher Vorlage erteilt.',
      reasoning: CONFIDENTIAL,
      causesCosts: true,
    },
  ],
});
