// The 17 SDGs: the fixed catalogue plus what each goal means for the city.
import { SDG_CATALOGUE } from '@sdd/shared-types';
import type { Sdg } from '@sdd/shared-types';

/** Editors' description per goal number (what the goal means locally). */
const MEANING: Readonly<Record<number, string>> = {
  1: 'Niemand in Aschaffenburg soll in Armut leben. Die Stadt sichert das Existenzminimum und unterstützt Familien, Alleinerziehende und ältere Menschen mit geringem Einkommen.',
  2: 'Gesunde, regionale und nachhaltig erzeugte Lebensmittel sollen für alle erreichbar sein – etwa in Kitas, Schulen und Kantinen. Die Stadt fördert Tafeln und urbane Gärten.',
  3: 'Die Stadt schützt die Gesundheit ihrer Bürgerinnen und Bürger durch saubere Luft, Hitzeschutz, sichere Verkehrswege und eine gute ärztliche und pflegerische Versorgung.',
  4: 'Gute Bildung von der Kita bis zur Weiterbildung im Alter ist der Schlüssel zu Teilhabe. Die Stadt investiert in Betreuungsplätze, Schulen und die Volkshochschule.',
  5: 'Frauen und Männer sollen gleiche Chancen haben – im Stadtrat, in der Verwaltung und im Berufsleben. Die Stadt setzt sich für gleiche Bezahlung und Vereinbarkeit von Familie und Beruf ein.',
  6: 'Sauberes Trinkwasser und ein geschützter Wasserhaushalt sind Grundlage des Lebens. Die Stadt schont das Grundwasser und geht sparsam mit Wasser um.',
  7: 'Die Energieversorgung soll bezahlbar, sicher und klimafreundlich sein. Aschaffenburg baut Photovoltaik, Fernwärme und Energieeffizienz konsequent aus.',
  8: 'Gute Arbeitsplätze und eine starke regionale Wirtschaft sichern Wohlstand. Die Stadt unterstützt Unternehmen, Gründungen und Ausbildung.',
  9: 'Moderne Infrastruktur, schnelles Internet und Innovation machen die Stadt zukunftsfähig. Breitband, Smart-City-Anwendungen und die Hochschule spielen dabei eine zentrale Rolle.',
  10: 'Alle Menschen sollen unabhängig von Herkunft, Alter oder Behinderung teilhaben können. Die Stadt fördert Integration, Inklusion und Barrierefreiheit.',
  11: 'Aschaffenburg soll lebenswert, bezahlbar und sicher bleiben. Dazu gehören bezahlbarer Wohnraum, nachhaltige Mobilität, saubere Luft und grüne Freiräume.',
  12: 'Die Stadt geht mit gutem Beispiel voran: Sie beschafft fair und umweltfreundlich, vermeidet Abfall und fördert Recycling.',
  13: 'Aschaffenburg senkt seine Treibhausgasemissionen und bereitet sich auf Hitze, Trockenheit und Starkregen vor.',
  14: 'Auch fernab der Küste trägt die Stadt Verantwortung für die Meere: Main und Aschaff sollen sauber bleiben, Plastikmüll und Schadstoffe vermieden werden.',
  15: 'Stadtwald, Schutzgebiete und Grünflächen sichern die Artenvielfalt. Die Stadt geht sparsam mit Boden um und vermeidet neue Versiegelung.',
  16: 'Eine transparente, bürgernahe und digitale Verwaltung stärkt das Vertrauen in die Demokratie. Dazu gehören offene Daten, öffentliche Sitzungen und Beteiligung.',
  17: 'Nachhaltige Entwicklung gelingt nur gemeinsam – mit Bürgerschaft, Wirtschaft, Wissenschaft und Partnerkommunen weltweit.',
};

export const sdgs: Sdg[] = SDG_CATALOGUE.map((goal) => ({
  number: goal.number,
  titleDe: goal.titleDe,
  titleEn: goal.titleEn,
  color: goal.color,
  description: MEANING[goal.number] ?? '',
}));
