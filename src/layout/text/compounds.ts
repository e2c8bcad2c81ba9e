/**
 * Seams of the domain's own compound words ("järjestö|yhteistyö|rakenteiden",
 * "hyvinvointi|alueen"), where TeX patterns go wrong.
 *
 * A lexicon entry is one compound part:
 *   'form'            the part as it appears before another part, and as the
 *                     start of the last part (then any ending may follow);
 *   'form/stem|stem'  the same, but the last part is recognised by these
 *                     stems (inflection changes the end: rakenne → rakenteiden,
 *                     hanke → hankkeen, toiminta → toiminnan);
 *   'form-'           only ever appears before another part (erityis-).
 * A word gets seams if it can be read as parts from its start, the last one
 * followed by any ending. A part of 5 or more letters may also follow an
 * unknown beginning of 3 or more letters ("lähi|palvelu").
 */
import type { TextLang } from './patterns.ts';

const LEXICON: Record<TextLang, readonly string[]> = {
  fi: [
    'alue',
    'avustus/avustu',
    'asiantuntija/asiantuntij',
    'asukas/asuka',
    'edellytys/edellyty',
    'erityis-',
    'hanke/hank',
    'hakemus/hakemu',
    'hyvinvointi/hyvinvoin',
    'integraatio',
    'järjestö',
    'keino',
    'keskus/kesku',
    'klinikka/klinik',
    'kohde-',
    'kokonaisuus/kokonaisuu',
    'konsultaatio',
    'koordinaatio',
    'kumppanuus/kumppanuu',
    'kunta/kunt|kunn',
    'kysely',
    'muutos/muuto',
    'osallisuus/osallisuu',
    'palvelu',
    'polku/polk|polu',
    'päätös/päätö',
    'pöytä/pöyt|pöyd',
    'rakenne/raken',
    'ryhmä/ryhm',
    'sosiaali',
    'sote',
    'strategia/strategi',
    'tehtävä/tehtäv',
    'terveys/terveyd|terveyt',
    'tilaisuus/tilaisuu',
    'toiminta/toimin',
    'tori',
    'tuki/tuki|tuke|tuen',
    'työ/työ|töi',
    'uudistus/uudistu',
    'vaikuttamis-',
    'vakiinnuttamis-',
    'vakiinnuttaminen/vakiinnuttami',
    'valikoima/valikoim',
    'valtionapu/valtiona',
    'valtuusto',
    'verkosto',
    'viikko/viik|viiko',
    'yhdistys/yhdisty',
    'yhteistyö',
  ],
  sv: [
    'hälso',
    'organisations-',
    'område/områd',
    'samarbete/samarbet',
    'social',
    'tjänst',
    'vård',
    'välfärds-',
  ],
  en: [],
};

/** Minimum letters of an unknown beginning, and of a part that may follow it. */
const MIN_UNKNOWN_PREFIX = 3;
const MIN_PART_AFTER_UNKNOWN = 5;

interface Lexicon {
  /** Parts that may be followed by another part (exact). */
  readonly initials: readonly string[];
  /** Stems that start a last part (any ending may follow). */
  readonly finals: readonly string[];
}

function compile(entries: readonly string[]): Lexicon {
  const initials: string[] = [];
  const finals: string[] = [];
  for (const entry of entries) {
    if (entry.endsWith('-')) {
      initials.push(entry.slice(0, -1));
      continue;
    }
    const [form, stems] = entry.split('/') as [string, string | undefined];
    initials.push(form);
    finals.push(...(stems ? stems.split('|') : [form]));
  }
  return { initials, finals };
}

const compiled: Partial<Record<TextLang, Lexicon>> = {};

function lexicon(lang: TextLang): Lexicon {
  return (compiled[lang] ??= compile(LEXICON[lang]));
}

/**
 * Seam positions in `lower` (a run of lower-case letters): UTF-16 indices
 * where one compound part ends and the next begins, ascending. Picks the
 * reading with the most seams; [] if the word is not made of known parts.
 */
export function compoundSeams(lower: string, lang: TextLang): number[] {
  const { initials, finals } = lexicon(lang);
  const n = lower.length;
  if (n < 6 || (initials.length === 0 && finals.length === 0)) return [];
  // reach[i]: best list of seams for a reading whose next part starts at i.
  const reach: (number[] | undefined)[] = new Array(n + 1);
  reach[0] = [];
  let best: number[] = [];
  const consider = (seams: number[]): void => {
    if (seams.length > best.length) best = seams;
  };
  for (let i = 0; i < n; i++) {
    const known = reach[i];
    if (!known && i < MIN_UNKNOWN_PREFIX) continue;
    const before = known ?? [];
    const seams = i > 0 ? [...before, i] : before;
    const minLength = known ? 1 : MIN_PART_AFTER_UNKNOWN;
    for (const part of initials) {
      if (part.length < minLength || !lower.startsWith(part, i)) continue;
      const end = i + part.length;
      if (end === n) consider(seams);
      else if (!reach[end] || reach[end]!.length < seams.length) reach[end] = seams;
    }
    for (const stem of finals) {
      if (stem.length >= minLength && lower.startsWith(stem, i)) consider(seams);
    }
  }
  return best;
}
