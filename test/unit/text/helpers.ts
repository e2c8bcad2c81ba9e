/** Shared helpers for the text tests. */
import type { TextLine } from '../../../src/layout/text/breakLines.ts';

/**
 * Puts broken lines back together: drops the '-' drawn at 'hyphen' ends,
 * joins 'split' ends directly, 'wrap' ends with a space, paragraphs with '\n'.
 */
export function joinLines(lines: readonly TextLine[]): string {
  let out = '';
  for (const { text, end } of lines) {
    if (end === 'hyphen') out += text.slice(0, -1);
    else if (end === 'split') out += text;
    else if (end === 'wrap') out += text + ' ';
    else out += text + '\n';
  }
  return out.replace(/\n$/, '');
}

/** The text as breakLines should give it back: no soft hyphens, whitespace collapsed per paragraph. */
export function normalize(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((p) =>
      p
        .replaceAll('\u00AD', '')
        .replace(/[ \t\v\f\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]+/g, ' ')
        .trim(),
    )
    .join('\n');
}

export { prng } from '../../helpers/prng';

/** Real step titles and texts from participation-path diagrams. */
export const FINNISH_TITLES = [
  'Pysyvien järjestöyhteistyörakenteiden ja koordinaatiotehtävien hahmottelu',
  'Toimintaedellytyskeinovalikoiman kartoittaminen',
  'Syvän kumppanuuden hyvinvointialue',
  'Asiantuntijakonsultaatio, edustukset, liitot, järjestöt',
  'Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa',
  'Lähde: Järjestöasiantuntija Niina Salo-Lehtinen, Järjestöjen sote-muutostuki Etelä-Pohjanmaa | Kanta-Häme | Pirkanmaa #ihmisensote',
  'Järjestöyhteistyön rakenteiden vakiinnuttaminen',
  'Kumppanuuspöytätyöskentely ja aluevaltuuston järjestötoiminta',
  'Valtionapuhankkeen palveluintegraatio ja rakenneuudistus',
  'Sotekeskuksen erityisryhmien palvelukokonaisuus',
  'Hyvinvointialuestrategiatyö',
  'Järjestöt mukana työryhmissä\nja lautakunnissa',
  'Osallisuuden ja yhdenvertaisuuden edistäminen',
  'Yhteistyösopimus',
];
