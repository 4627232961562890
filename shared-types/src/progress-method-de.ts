// The progress method in German words for visitors ("Über das Dashboard",
// the overview page), generated from PROGRESS_METHOD so the text always
// states the thresholds the rule applies.
import { ENUM_LABELS_DE } from './enum-labels-de.ts';
import { PROGRESS_METHOD } from './progress-status.ts';

const percent = (share: number) => `${String(Math.round(share * 100))} %`;

/** Markdown: how the status is computed and what each word means. */
export function progressMethodMarkdownDe(): string {
  const m = PROGRESS_METHOD;
  const label = ENUM_LABELS_DE.progressStatus;
  return [
    `Für jede Kennzahl bewertet das Dashboard, wie sie sich entwickelt. Es folgt dabei der Methode, mit der Eurostat den Fortschritt der EU bei den Nachhaltigkeitszielen misst.`,
    `**Zeitraum:** Betrachtet werden die Werte der letzten ${m.windowYears} Jahre bis zum neuesten Wert. Es braucht mindestens ${m.minValues} Werte, die mindestens ${m.minSpanYears} Jahre auseinanderliegen; sonst heißt es „${label['not-enough-data']}“. Vergleichswerte anderer Gebiete (z. B. Bayern) zählen nicht mit.`,
    `**Mit Zielwert:** Aus dem ersten und dem neuesten Wert des Zeitraums ergibt sich die durchschnittliche jährliche Veränderung. Sie wird mit der Veränderung verglichen, die nötig wäre, um den Zielwert im Zieljahr zu erreichen:`,
    [
      `- **${label['on-track']}:** mindestens ${percent(m.onTrackRatio)} der nötigen Veränderung, oder das Ziel ist schon erreicht.`,
      `- **${label['moderate-progress']}:** ${percent(m.moderateRatio)} bis unter ${percent(m.onTrackRatio)}.`,
      `- **${label['insufficient-progress']}:** in die richtige Richtung, aber weniger als ${percent(m.moderateRatio)}; ebenso, wenn das Zieljahr verstrichen und das Ziel nicht erreicht ist, die Werte sich aber darauf zubewegen.`,
      `- **${label['moving-away']}:** die Werte entfernen sich vom Ziel.`,
    ].join('\n'),
    `**Ohne Zielwert:** Bewertet wird die jährliche Veränderung in die gewünschte Richtung (steigend oder fallend, je nach Kennzahl): ab ${percent(m.trendThreshold)} im Jahr „${label['on-track']}“, darunter „${label['moderate-progress']}“; leicht in die falsche Richtung (bis ${percent(m.trendThreshold)} im Jahr) „${label['insufficient-progress']}“, stärker „${label['moving-away']}“. Kennzahlen ohne gewünschte Richtung und ohne Ziel werden nicht bewertet.`,
    `**Rechnung:** Sind alle Werte positiv, ist die Veränderung die durchschnittliche jährliche Wachstumsrate (geometrisches Mittel). Kommen null oder negative Werte vor, ist sie die lineare jährliche Veränderung, bezogen auf den mittleren Betrag der Werte.`,
    `**Von Hand:** Die Redaktion kann eine Bewertung ersetzen, etwa nach einer geänderten Zählmethode. Die Begründung steht dann neben der Bewertung. Vorläufige Werte zählen mit und sind gekennzeichnet.`,
  ].join('\n\n');
}
