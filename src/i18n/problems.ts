/**
 * Problem messages of the file reader, in Finnish (the default), Swedish and
 * English, as i18next resources with `{{param}}` interpolation.
 *
 * The app merges `problemMessages[lang]` under the key `problem`, so the
 * message of a code is `problem.<code>`. Some codes have variants chosen by
 * formatProblem from the problem itself (`problem.type_string`,
 * `problem.tooMany_steps`, `problem.format_missing` …, named like i18next
 * contexts), and `problem.where.*` names the place in words ("askel 4").
 */
import { formatPath, type Path } from '../model/path.ts';
import type { Problem, ProblemCode } from '../model/types.ts';

export { formatPath };

/** Where a problem is, in words: the item of a list, or a part of the document. */
type WhereKey = 'lanes' | 'phases' | 'legend' | 'steps' | 'links' | 'levels' | 'depth' | 'axis';

/** The variants: `<code>_<context>`. */
type VariantKey =
  | 'format_missing'
  | 'version_missing'
  | 'type_string'
  | 'type_number'
  | 'type_integer'
  | 'type_object'
  | 'type_array'
  | 'titleLength_empty'
  | 'textLength_empty'
  | 'controlChar_lineBreak'
  | 'tooFew_votes'
  | 'tooMany_votes'
  | 'tooFew_lanes'
  | 'tooFew_levels'
  | 'tooMany_lanes'
  | 'tooMany_levels'
  | 'tooMany_legend'
  | 'tooMany_steps'
  | 'tooMany_links';

export type ProblemMessages = Readonly<
  Record<ProblemCode | VariantKey, string> & { where: Readonly<Record<WhereKey, string>> }
>;

const fi: ProblemMessages = {
  tooLarge: 'Tiedosto on liian suuri ({{size, number}} Mt). Suurin sallittu koko on {{max, number}} Mt.',
  encoding: 'Tiedosto ei ole UTF-8-muotoista tekstiä. Tallenna se UTF-8-muodossa ja yritä uudelleen.',
  noDiagram: 'Tässä {{kind}}-kuvassa ei ole Polku-kaaviota. Polku avaa vain kuvat, jotka on viety Polusta; avaa kaavion JSON-tiedosto tai Polusta viety kuva.',
  notJson: 'Tiedosto ei ole kelvollista JSONia: virhe rivillä {{line}}, sarakkeessa {{column}}.',
  notObject: 'Tiedosto ei ole osallisuuspolku: sen sisällön pitää olla JSON-objekti ({ … }).',
  format: 'Tiedosto ei ole osallisuuspolku: "format" on "{{found}}", kun sen pitää olla "participation-path".',
  format_missing: 'Tiedosto ei ole osallisuuspolku: siitä puuttuu merkintä "format": "participation-path".',
  version:
    'Tiedoston muotoversio on {{found}}, eikä tämä Polku osaa avata sitä. Polku avaa muotoversiot: {{supported}}.',
  version_missing: 'Tiedostosta puuttuu muotoversio ("version"). Polku avaa muotoversiot: {{supported}}.',
  required: 'Pakollinen tieto "{{key}}" puuttuu.',
  type: 'Arvo on väärää tyyppiä.',
  type_string: 'Arvon pitää olla tekstiä.',
  type_number: 'Arvon pitää olla luku.',
  type_integer: 'Arvon pitää olla kokonaisluku.',
  type_object: 'Arvon pitää olla JSON-objekti ({ … }).',
  type_array: 'Arvon pitää olla luettelo ([ … ]).',
  id: 'Tunnus "{{value}}" ei kelpaa: siinä saa olla 1–64 merkkiä, ja vain kirjaimia A–Z ja a–z, numeroita, alaviivoja (_) ja yhdysmerkkejä (-).',
  duplicateId: 'Tunnus "{{id}}" on jo käytössä kohdassa {{first}}. Jokaisen tunnuksen pitää olla tiedostossa yksilöllinen.',
  date: 'Päivämäärä "{{value}}" ei kelpaa. Käytä muotoa VVVV-KK (koko kuukausi) tai VVVV-KK-PP (yksi päivä), ja päivän pitää olla kalenterissa.',
  dateTime: 'Aika "{{value}}" ei kelpaa. Käytä ISO 8601 -muotoa, esimerkiksi 2026-11-22T18:30:00Z tai 2026-11-22T20:30:00+02:00.',
  endBeforeStart: 'Loppu ({{end}}) on ennen alkua ({{start}}).',
  color: 'Väri "{{value}}" ei kelpaa: käytä muotoa #rrggbb, esimerkiksi #2f6f9f.',
  titleLength: 'Otsikossa saa olla enintään {{max, number}} merkkiä, nyt {{length, number}}.',
  titleLength_empty: 'Otsikko puuttuu: se ei saa olla tyhjä.',
  textLength: 'Teksti on liian pitkä: {{length, number}} merkkiä, enintään {{max, number}} on sallittu.',
  textLength_empty: 'Teksti puuttuu: se ei saa olla tyhjä.',
  controlChar: 'Tekstissä on näkymätön ohjausmerkki {{code}}, jota ei sallita. Poista se.',
  controlChar_lineBreak: 'Tämän tekstin pitää olla yhdellä rivillä: poista rivinvaihto.',
  language: 'Kieli "{{value}}" ei kelpaa: käytä koodia fi (suomi), sv (ruotsi) tai en (englanti).',
  tooFew: 'Liian vähän: vähintään {{min, number}}, nyt {{found, number}}.',
  tooFew_lanes: 'Kaaviossa pitää olla vähintään {{min, number}} taso, nyt {{found, number}}.',
  tooFew_levels: 'Osallisuuden asteessa pitää olla vähintään {{min, number}} kohtaa, nyt {{found, number}}.',
  tooFew_votes: 'Ääniä ei voi olla vähemmän kuin {{min, number}}, nyt {{found, number}}.',
  tooMany: 'Liian monta: enintään {{max, number}}, nyt {{found, number}}.',
  tooMany_lanes: 'Tasoja saa olla enintään {{max, number}}, nyt {{found, number}}.',
  tooMany_levels: 'Osallisuuden asteessa saa olla enintään {{max, number}} kohtaa, nyt {{found, number}}.',
  tooMany_legend: 'Selitteitä saa olla enintään {{max, number}}, nyt {{found, number}}.',
  tooMany_steps: 'Askelia saa olla enintään {{max, number}}, nyt {{found, number}}.',
  tooMany_links: 'Yhteyksiä saa olla enintään {{max, number}}, nyt {{found, number}}.',
  tooMany_votes: 'Ääniä saa olla enintään {{max, number}}, nyt {{found, number}}.',
  unknownLane: 'Tasoa "{{id}}" ei ole.',
  unknownLegend: 'Selitettä "{{id}}" ei ole.',
  unknownStep: 'Askelta "{{id}}" ei ole.',
  selfLink: 'Yhteys alkaa ja päättyy samaan askeleeseen "{{id}}": sen pitää yhdistää kaksi eri askelta.',
  levelOrder:
    'Osallisuuden asteen kohdat eivät ole aikajärjestyksessä: {{at}} on ennen edellistä kohtaa ({{previous}}).',
  forbiddenKey: 'Nimeä "{{key}}" ei saa käyttää tiedon nimenä.',
  where: {
    lanes: 'taso {{n}}',
    phases: 'vaihe {{n}}',
    legend: 'selite {{n}}',
    steps: 'askel {{n}}',
    links: 'yhteys {{n}}',
    levels: 'osallisuuden aste, kohta {{n}}',
    depth: 'osallisuuden aste',
    axis: 'aikajana',
  },
};

const sv: ProblemMessages = {
  tooLarge: 'Filen är för stor ({{size, number}} MB). Den får vara högst {{max, number}} MB.',
  encoding: 'Filen är inte text i UTF-8. Spara den i UTF-8 och försök igen.',
  noDiagram: 'Den här {{kind}}-bilden innehåller inget Polku-diagram. Polku öppnar bara bilder som exporterats från Polku; öppna diagrammets JSON-fil eller en bild exporterad från Polku.',
  notJson: 'Filen är inte giltig JSON: fel på rad {{line}}, kolumn {{column}}.',
  notObject: 'Filen är inte en delaktighetsstig: innehållet ska vara ett JSON-objekt ({ … }).',
  format: 'Filen är inte en delaktighetsstig: "format" är "{{found}}" men ska vara "participation-path".',
  format_missing: 'Filen är inte en delaktighetsstig: uppgiften "format": "participation-path" saknas.',
  version:
    'Filens formatversion är {{found}}, och den här Polku kan inte öppna den. Polku öppnar formatversionerna: {{supported}}.',
  version_missing: 'Filens formatversion ("version") saknas. Polku öppnar formatversionerna: {{supported}}.',
  required: 'Den obligatoriska uppgiften "{{key}}" saknas.',
  type: 'Värdet har fel typ.',
  type_string: 'Värdet ska vara text.',
  type_number: 'Värdet ska vara ett tal.',
  type_integer: 'Värdet ska vara ett heltal.',
  type_object: 'Värdet ska vara ett JSON-objekt ({ … }).',
  type_array: 'Värdet ska vara en lista ([ … ]).',
  id: 'Identifieraren "{{value}}" duger inte: den ska ha 1–64 tecken och får bara innehålla bokstäverna A–Z och a–z, siffror, understreck (_) och bindestreck (-).',
  duplicateId: 'Identifieraren "{{id}}" används redan i {{first}}. Varje identifierare ska vara unik i filen.',
  date: 'Datumet "{{value}}" duger inte. Använd formen ÅÅÅÅ-MM (en hel månad) eller ÅÅÅÅ-MM-DD (en dag), och dagen ska finnas i kalendern.',
  dateTime: 'Tiden "{{value}}" duger inte. Använd ISO 8601-formen, till exempel 2026-11-22T18:30:00Z eller 2026-11-22T20:30:00+02:00.',
  endBeforeStart: 'Slutet ({{end}}) är före början ({{start}}).',
  color: 'Färgen "{{value}}" duger inte: använd formen #rrggbb, till exempel #2f6f9f.',
  titleLength: 'Rubriken får ha högst {{max, number}} tecken, nu {{length, number}}.',
  titleLength_empty: 'Rubriken saknas: den får inte vara tom.',
  textLength: 'Texten är för lång: {{length, number}} tecken, högst {{max, number}} är tillåtet.',
  textLength_empty: 'Texten saknas: den får inte vara tom.',
  controlChar: 'Texten innehåller det osynliga styrtecknet {{code}}, som inte är tillåtet. Ta bort det.',
  controlChar_lineBreak: 'Den här texten ska stå på en rad: ta bort radbrytningen.',
  language: 'Språket "{{value}}" duger inte: använd koden fi (finska), sv (svenska) eller en (engelska).',
  tooFew: 'För få: minst {{min, number}}, nu {{found, number}}.',
  tooFew_lanes: 'Diagrammet ska ha minst {{min, number}} nivå, nu {{found, number}}.',
  tooFew_levels: 'Delaktighetsgraden ska ha minst {{min, number}} punkter, nu {{found, number}}.',
  tooFew_votes: 'Antalet röster kan inte vara mindre än {{min, number}}, nu {{found, number}}.',
  tooMany: 'För många: högst {{max, number}}, nu {{found, number}}.',
  tooMany_lanes: 'Högst {{max, number}} nivåer är tillåtna, nu {{found, number}}.',
  tooMany_levels: 'Delaktighetsgraden får ha högst {{max, number}} punkter, nu {{found, number}}.',
  tooMany_legend: 'Högst {{max, number}} förklaringar är tillåtna, nu {{found, number}}.',
  tooMany_steps: 'Högst {{max, number}} steg är tillåtna, nu {{found, number}}.',
  tooMany_links: 'Högst {{max, number}} kopplingar är tillåtna, nu {{found, number}}.',
  tooMany_votes: 'Högst {{max, number}} röster är tillåtna, nu {{found, number}}.',
  unknownLane: 'Nivån "{{id}}" finns inte.',
  unknownLegend: 'Förklaringen "{{id}}" finns inte.',
  unknownStep: 'Steget "{{id}}" finns inte.',
  selfLink: 'Kopplingen börjar och slutar i samma steg "{{id}}": den ska förbinda två olika steg.',
  levelOrder:
    'Delaktighetsgradens punkter är inte i tidsordning: {{at}} är före den föregående punkten ({{previous}}).',
  forbiddenKey: 'Namnet "{{key}}" får inte användas som namn på en uppgift.',
  where: {
    lanes: 'nivå {{n}}',
    phases: 'fas {{n}}',
    legend: 'förklaring {{n}}',
    steps: 'steg {{n}}',
    links: 'koppling {{n}}',
    levels: 'delaktighetsgrad, punkt {{n}}',
    depth: 'delaktighetsgrad',
    axis: 'tidsaxel',
  },
};

const en: ProblemMessages = {
  tooLarge: 'The file is too large ({{size, number}} MB). The largest allowed is {{max, number}} MB.',
  encoding: 'The file is not UTF-8 text. Save it as UTF-8 and try again.',
  noDiagram: 'This {{kind}} image holds no Polku diagram. Polku opens only images exported from Polku; open the diagram’s JSON file or an image exported from Polku.',
  notJson: 'The file is not valid JSON: error at line {{line}}, column {{column}}.',
  notObject: 'The file is not a participation path: its content must be a JSON object ({ … }).',
  format: 'The file is not a participation path: "format" is "{{found}}" but must be "participation-path".',
  format_missing: 'The file is not a participation path: it has no "format": "participation-path".',
  version:
    'The file has format version {{found}}, which this Polku cannot open. Polku opens format versions: {{supported}}.',
  version_missing: 'The file has no format version ("version"). Polku opens format versions: {{supported}}.',
  required: 'The required property "{{key}}" is missing.',
  type: 'The value has the wrong type.',
  type_string: 'The value must be text.',
  type_number: 'The value must be a number.',
  type_integer: 'The value must be a whole number.',
  type_object: 'The value must be a JSON object ({ … }).',
  type_array: 'The value must be a list ([ … ]).',
  id: 'The id "{{value}}" is not valid: it must have 1–64 characters, only letters A–Z and a–z, digits, underscores (_) and hyphens (-).',
  duplicateId: 'The id "{{id}}" is already used at {{first}}. Each id must be unique in the file.',
  date: 'The date "{{value}}" is not valid. Use YYYY-MM (a whole month) or YYYY-MM-DD (one day), with a day that exists in the calendar.',
  dateTime: 'The time "{{value}}" is not valid. Use an ISO 8601 date-time, for example 2026-11-22T18:30:00Z or 2026-11-22T20:30:00+02:00.',
  endBeforeStart: 'The end ({{end}}) is before the start ({{start}}).',
  color: 'The colour "{{value}}" is not valid: use #rrggbb, for example #2f6f9f.',
  titleLength: 'A title may have at most {{max, number}} characters; this one has {{length, number}}.',
  titleLength_empty: 'The title is missing: it must not be empty.',
  textLength: 'The text is too long: {{length, number}} characters, at most {{max, number}} allowed.',
  textLength_empty: 'The text is missing: it must not be empty.',
  controlChar: 'The text contains the invisible control character {{code}}, which is not allowed. Remove it.',
  controlChar_lineBreak: 'This text must be on one line: remove the line break.',
  language: 'The language "{{value}}" is not valid: use fi (Finnish), sv (Swedish) or en (English).',
  tooFew: 'Too few: at least {{min, number}}, found {{found, number}}.',
  tooFew_lanes: 'A diagram needs at least {{min, number}} lane; this one has {{found, number}}.',
  tooFew_levels: 'The depth band needs at least {{min, number}} levels; this one has {{found, number}}.',
  tooFew_votes: 'The number of votes cannot be below {{min, number}}; this one is {{found, number}}.',
  tooMany: 'Too many: at most {{max, number}}, found {{found, number}}.',
  tooMany_lanes: 'At most {{max, number}} lanes are allowed; this file has {{found, number}}.',
  tooMany_levels: 'At most {{max, number}} depth levels are allowed; this file has {{found, number}}.',
  tooMany_legend: 'At most {{max, number}} legend entries are allowed; this file has {{found, number}}.',
  tooMany_steps: 'At most {{max, number}} steps are allowed; this file has {{found, number}}.',
  tooMany_links: 'At most {{max, number}} links are allowed; this file has {{found, number}}.',
  tooMany_votes: 'At most {{max, number}} votes are allowed; this one has {{found, number}}.',
  unknownLane: 'No lane "{{id}}".',
  unknownLegend: 'No legend entry "{{id}}".',
  unknownStep: 'No step "{{id}}".',
  selfLink: 'The link starts and ends at the same step "{{id}}": it must join two different steps.',
  levelOrder: 'The depth levels are not in time order: {{at}} is before the level above it ({{previous}}).',
  forbiddenKey: 'The name "{{key}}" is not allowed for a property.',
  where: {
    lanes: 'lane {{n}}',
    phases: 'phase {{n}}',
    legend: 'legend entry {{n}}',
    steps: 'step {{n}}',
    links: 'link {{n}}',
    levels: 'depth level {{n}}',
    depth: 'depth band',
    axis: 'axis',
  },
};

/** i18next resources, to be merged under the key `problem`. */
export const problemMessages = { fi, sv, en } as const satisfies Record<'fi' | 'sv' | 'en', ProblemMessages>;

/** The key prefix the app merges the messages under. */
export const PROBLEM_KEY_PREFIX = 'problem';

/** A translation function: an i18next TFunction, or any `(key, options) => string`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const LIST_WHERE: ReadonlySet<string> = new Set(['lanes', 'phases', 'legend', 'steps', 'links', 'levels']);
const PART_WHERE: ReadonlySet<string> = new Set(['depth', 'axis']);

/** Interpolated values are text for the UI (React escapes them): no HTML escaping here. */
const noEscape = { interpolation: { escapeValue: false } };

/**
 * The place of a path in words plus its canonical path, e.g. fi
 * `askel 4 (steps[3].lane)`, en `depth level 2 (depth.levels[1].at)`; just
 * the path (`title`) where there is no better word; '' for the document itself.
 */
export function formatLocation(path: Path, t: Translate): string {
  const canonical = formatPath(path);
  if (canonical === '') return '';
  let where: string | undefined;
  for (let i = 0; i + 1 < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if (typeof key === 'string' && LIST_WHERE.has(key) && typeof index === 'number') {
      // the innermost item of a known list names the place
      if (i === 0 || key === 'levels') where = t(`${PROBLEM_KEY_PREFIX}.where.${key}`, { n: index + 1, ...noEscape });
    }
  }
  const first = path[0];
  if (where === undefined && typeof first === 'string' && PART_WHERE.has(first)) {
    where = t(`${PROBLEM_KEY_PREFIX}.where.${first}`, noEscape);
  }
  return where === undefined ? canonical : `${where} (${canonical})`;
}

/** The variant of a problem's message, if it has one (`type_string`, `tooMany_steps` …). */
function variantOf(problem: Problem): string | undefined {
  const params = problem.params ?? {};
  const last = problem.path[problem.path.length - 1];
  switch (problem.code) {
    case 'type':
      return typeof params['expected'] === 'string' ? params['expected'] : undefined;
    case 'format':
    case 'version':
      return params['found'] === undefined ? 'missing' : undefined;
    case 'titleLength':
    case 'textLength':
      return params['length'] === 0 ? 'empty' : undefined;
    case 'controlChar':
      return params['code'] === 'U+000A' || params['code'] === 'U+000D' ? 'lineBreak' : undefined;
    case 'tooFew':
    case 'tooMany':
      return typeof last === 'string' ? last : undefined;
    default:
      return undefined;
  }
}

/** The message of a problem alone, in the language of `t`: fi `Tasoa "x" ei ole.` */
export function formatMessage(problem: Problem, t: Translate): string {
  const variant = variantOf(problem);
  const variantKey = `${problem.code}_${variant ?? ''}`;
  const key = variant !== undefined && variantKey in problemMessages.en ? variantKey : problem.code;
  return t(`${PROBLEM_KEY_PREFIX}.${key}`, { ...problem.params, ...noEscape });
}

/**
 * A problem as one line: where, then what, e.g. fi
 * `askel 4 (steps[3].lane): Tasoa "x" ei ole.`; problems of the whole file
 * (not JSON, too large …) are the message alone.
 */
export function formatProblem(problem: Problem, t: Translate): string {
  const location = formatLocation(problem.path, t);
  const message = formatMessage(problem, t);
  return location === '' ? message : `${location}: ${message}`;
}
