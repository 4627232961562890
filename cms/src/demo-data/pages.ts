// Legal and editorial pages of the demo installation (German Markdown).
// Every page says it belongs to a demo; contacts use example.org.
import type { Page } from '@sdd/shared-types';

const DEMO_NOTE =
  '> **Hinweis:** Dies ist eine Demo-Installation des Smart Data Dashboards mit Beispieldaten. Die Angaben auf dieser Seite sind Platzhalter.';

const page = (slug: string, kind: Page['kind'], title: string, body: string): Page => ({
  slug,
  kind,
  title,
  body: `${DEMO_NOTE}\n\n${body}`,
});

const IMPRINT = `## Anbieterin

Stadt Aschaffenburg (Demo)\\
Amt für Digitalisierung, Organisation und IT\\
Dalbergstraße 15\\
63739 Aschaffenburg

E-Mail: [smartcity@example.org](mailto:smartcity@example.org)\\
Telefon: 06021 000-0000 (Beispielnummer)

Die Stadt ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch die Oberbürgermeisterin bzw. den Oberbürgermeister.

## Verantwortlich für den Inhalt

Amt für Digitalisierung, Organisation und IT, Anschrift wie oben.

## Daten und Lizenz

Die Daten des Dashboards stehen, soweit nicht anders angegeben, unter der **Datenlizenz Deutschland – Namensnennung – 2.0**. Die Software ist Open Source unter der EUPL 1.2.`;

const PRIVACY = `## Verantwortliche Stelle

Stadt Aschaffenburg (Demo), Dalbergstraße 15, 63739 Aschaffenburg, E-Mail: [datenschutz@example.org](mailto:datenschutz@example.org)

## Welche Daten wir verarbeiten

Das Smart Data Dashboard ist eine statische Website. Es werden **keine Cookies** gesetzt und keine Inhalte von Drittanbietern nachgeladen. Beim Aufruf speichert der Webserver technisch notwendige Zugriffsdaten (gekürzte IP-Adresse, Zeitpunkt, aufgerufene Seite) für höchstens sieben Tage, um den sicheren Betrieb zu gewährleisten (Art. 6 Abs. 1 lit. e DSGVO).

## Reichweitenmessung

Seitenaufrufe werden anonym und ohne Cookies gezählt. Ein Rückschluss auf einzelne Personen ist nicht möglich.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht beim Bayerischen Landesbeauftragten für den Datenschutz.

Datenschutzbeauftragte Person: [dsb@example.org](mailto:dsb@example.org)`;

const ACCESSIBILITY = `Die Stadt Aschaffenburg ist bemüht, ihre Website im Einklang mit Art. 13 des Bayerischen Behindertengleichstellungsgesetzes (BayBGG) sowie der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.

## Stand der Vereinbarkeit mit den Anforderungen

Diese Website ist **weitgehend vereinbar** mit der BITV 2.0 bzw. der Norm EN 301 549. Die Erklärung beruht auf einer Selbstbewertung vom 3. März 2025.

## Nicht barrierefreie Inhalte

Folgende Inhalte sind noch nicht oder nur eingeschränkt barrierefrei:

- **Diagramme** sind Bilder: Die Werte stehen vollständig in der Zusammenfassung und der Datentabelle darunter, im Diagramm selbst lassen sie sich nicht mit der Tastatur ansteuern.
- **Die Volltextsuche** (Seite „Suche“) benötigt JavaScript und erkennt keine Tippfehler; die Schnellsuche auf der Startseite erkennt sie. Ohne JavaScript erreichen Sie alle Inhalte über die Navigation.
- **Breite Datentabellen** lassen sich auf schmalen Bildschirmen nur seitlich verschieben.
- **Gebärdensprache:** Ein Video in Deutscher Gebärdensprache gibt es bisher nur für die Übersicht über das Dashboard, nicht für einzelne Kennzahlen.
- **Verlinkte Sitzungsunterlagen** (ältere PDF-Dokumente im Ratsinformationssystem) sind teilweise nicht barrierefrei.

Die Redaktion prüft diese Liste bei jeder Veröffentlichung und ergänzt sie, wenn sie Mängel erkennt oder behebt.

## Feedback und Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns bitte an [barrierefreiheit@example.org](mailto:barrierefreiheit@example.org) oder rufen Sie an: 06021 000-0000 (Beispielnummer). Wir antworten in der Regel innerhalb von zwei Wochen.

## Durchsetzungsverfahren

Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Durchsetzungs- und Überwachungsstelle für barrierefreie Informationstechnik des Freistaats Bayern wenden.`;

const EASY_LANGUAGE = `## Was ist das Smart Data Dashboard?

Das Smart Data Dashboard ist eine Internet-Seite.\\
Die Stadt Aschaffenburg zeigt hier Zahlen über die Stadt.

Zum Beispiel:

- Wie warm ist es in Aschaffenburg?
- Wie viele Menschen fahren Bus?
- Wie viel Müll gibt es?

## Was sind Kacheln?

Eine Kachel ist ein Kasten auf der Seite.\\
In jeder Kachel steht ein Thema.\\
Sie sehen dort Zahlen und Bilder.\\
Die Bilder zeigen: Wird etwas mehr oder weniger?

## Was sind die Nachhaltigkeits-Ziele?

Die Vereinten Nationen haben 17 Ziele gemacht.\\
Die Ziele sollen die Welt besser machen.\\
Zum Beispiel: Keine Armut. Saubere Energie.\\
Jede Zahl auf dieser Seite gehört zu einem oder mehreren Zielen.

## Haben Sie Fragen?

Schreiben Sie uns eine E-Mail:\\
[smartcity@example.org](mailto:smartcity@example.org)`;

const SIGN_LANGUAGE = `Hier erklären wir in **Deutscher Gebärdensprache (DGS)**, was das Smart Data Dashboard ist und wie Sie es benutzen.

[Video in Deutscher Gebärdensprache ansehen (Beispiel-Link)](https://www.example.org/dgs/smart-data-dashboard)

Das Video zeigt:

- Was das Smart Data Dashboard ist.
- Was Kacheln, Kennzahlen und Nachhaltigkeitsziele sind.
- Wie Sie Zahlen suchen und herunterladen.
- Wie Sie uns erreichen.

Das Video hat Untertitel. Den Inhalt gibt es auch in [Leichter Sprache](/leichte-sprache/).`;

const ABOUT = `Das **Smart Data Dashboard Aschaffenburg** macht Daten der Stadt übersichtlich und für alle zugänglich. Über 60 Kacheln mit mehr als 140 Kennzahlen zeigen, wie sich die Stadt in Ökologie, Sozialem und Ökonomie entwickelt.

## Aufbau

- **Handlungsdimensionen und Handlungsfelder** ordnen die Kacheln thematisch.
- Jede Kennzahl ist den **17 Nachhaltigkeitszielen** der Agenda 2030 zugeordnet.
- Ein Teil der Kennzahlen folgt dem **Berichtsrahmen Nachhaltige Kommune (BNK)** und den SDG-Indikatoren für Kommunen.

## Daten

Die Daten werden in der Regel einmal im Jahr aktualisiert. Vorläufige Werte sind gekennzeichnet. Alle Daten stehen unter der Datenlizenz Deutschland – Namensnennung – 2.0 zum Download bereit.

## Gremien

Das Dashboard wurde im Digitalisierungs- und Organisationssenat vorgestellt und auf Empfehlung des Nachhaltigkeitsbeirates um Nachhaltigkeitsindikatoren erweitert. Die Erweiterung wurde von Engagement Global mit ihrer Servicestelle Kommunen in der Einen Welt (SKEW) aus Mitteln des BMZ gefördert.

## Open Source

Die Software ist Open Source und kann von anderen Kommunen nachgenutzt werden.

Kontakt: [smartcity@example.org](mailto:smartcity@example.org)`;

export const pages: Page[] = [
  page('impressum', 'imprint', 'Impressum', IMPRINT),
  page('datenschutz', 'privacy', 'Datenschutzerklärung', PRIVACY),
  page('barrierefreiheit', 'accessibility', 'Erklärung zur Barrierefreiheit', ACCESSIBILITY),
  page('leichte-sprache', 'easy-language', 'Leichte Sprache', EASY_LANGUAGE),
  page('gebaerdensprache', 'sign-language', 'Deutsche Gebärdensprache', SIGN_LANGUAGE),
  page('ueber-das-dashboard', 'about', 'Über das Dashboard', ABOUT),
];
