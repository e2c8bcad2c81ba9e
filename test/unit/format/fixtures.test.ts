/** Every fixture: the valid ones open, each invalid one is refused with its own message in Finnish and English. */
import { describe, expect, test } from 'vitest';
import { formatMessage, formatPath, formatProblem } from '../../../src/i18n/problems.ts';
import { readDiagramFile } from '../../../src/io/readDiagram.ts';
import { fixtureBytes, fixtureNames, translators, validFixtures } from './helpers.ts';

const t = translators();
const NBSP = '\u00a0';
/** Finnish number formatting writes a minus sign, not a hyphen. */
const MINUS = '\u2212';

async function read(file: string) {
  return readDiagramFile(new Blob([fixtureBytes(file)]));
}

describe('valid fixtures', () => {
  test('the default diagram is among them', () => {
    expect(validFixtures()).toContain('osallisuuspolku.json');
  });

  test.each(validFixtures())('%s opens', async (file) => {
    const result = await read(file);
    if (!result.ok) {
      throw new Error(result.problems.map((p) => formatProblem(p, t.en)).join('\n'));
    }
    expect(Array.isArray(result.diagram.phases)).toBe(true);
    expect(Array.isArray(result.diagram.legend)).toBe(true);
    expect(Array.isArray(result.diagram.links)).toBe(true);
  });
});

type Expected = { path: string; fi: string; en: string };

/** file → the problems it must give, in this order (path, Finnish, English). */
const INVALID: Record<string, Expected[]> = {
  'not-json.json': [
    { path: '', fi: 'Tiedosto ei ole kelvollista JSONia: virhe rivillä 4, sarakkeessa 1.', en: 'The file is not valid JSON: error at line 4, column 1.' },
  ],
  'not-utf8.json': [
    {
      path: '',
      fi: 'Tiedosto ei ole UTF-8-muotoista tekstiä. Tallenna se UTF-8-muodossa ja yritä uudelleen.',
      en: 'The file is not UTF-8 text. Save it as UTF-8 and try again.',
    },
  ],
  'not-object.json': [
    {
      path: '',
      fi: 'Tiedosto ei ole osallisuuspolku: sen sisällön pitää olla JSON-objekti ({ … }).',
      en: 'The file is not a participation path: its content must be a JSON object ({ … }).',
    },
  ],
  'wrong-format.json': [
    {
      path: 'format',
      fi: 'Tiedosto ei ole osallisuuspolku: "format" on "osallisuuspolku", kun sen pitää olla "participation-path".',
      en: 'The file is not a participation path: "format" is "osallisuuspolku" but must be "participation-path".',
    },
  ],
  'missing-format.json': [
    {
      path: 'format',
      fi: 'Tiedosto ei ole osallisuuspolku: siitä puuttuu merkintä "format": "participation-path".',
      en: 'The file is not a participation path: it has no "format": "participation-path".',
    },
  ],
  'unknown-version.json': [
    {
      path: 'version',
      fi: 'Tiedoston muotoversio on 2, eikä tämä Polku osaa avata sitä. Polku avaa muotoversiot: 1.',
      en: 'The file has format version 2, which this Polku cannot open. Polku opens format versions: 1.',
    },
  ],
  'missing-title.json': [
    { path: 'title', fi: 'Pakollinen tieto "title" puuttuu.', en: 'The required property "title" is missing.' },
  ],
  'title-not-text.json': [{ path: 'title', fi: 'Arvon pitää olla tekstiä.', en: 'The value must be text.' }],
  'lanes-not-a-list.json': [
    { path: 'lanes', fi: 'Arvon pitää olla luettelo ([ … ]).', en: 'The value must be a list ([ … ]).' },
  ],
  'bad-id.json': [
    {
      path: 'lanes[0].id',
      fi: 'Tunnus "osallistujat taso" ei kelpaa: siinä saa olla 1–64 merkkiä, ja vain kirjaimia A–Z ja a–z, numeroita, alaviivoja (_) ja yhdysmerkkejä (-).',
      en: 'The id "osallistujat taso" is not valid: it must have 1–64 characters, only letters A–Z and a–z, digits, underscores (_) and hyphens (-).',
    },
  ],
  'duplicate-id.json': [
    {
      path: 'links[0].id',
      fi: 'Tunnus "aloitus" on jo käytössä kohdassa steps[0].id. Jokaisen tunnuksen pitää olla tiedostossa yksilöllinen.',
      en: 'The id "aloitus" is already used at steps[0].id. Each id must be unique in the file.',
    },
  ],
  'bad-date.json': [
    {
      path: 'phases[0].start',
      fi: 'Päivämäärä "2021-13" ei kelpaa. Käytä muotoa VVVV-KK (koko kuukausi) tai VVVV-KK-PP (yksi päivä), ja päivän pitää olla kalenterissa.',
      en: 'The date "2021-13" is not valid. Use YYYY-MM (a whole month) or YYYY-MM-DD (one day), with a day that exists in the calendar.',
    },
  ],
  'feb-29-non-leap.json': [
    {
      path: 'steps[1].start',
      fi: 'Päivämäärä "2023-02-29" ei kelpaa. Käytä muotoa VVVV-KK (koko kuukausi) tai VVVV-KK-PP (yksi päivä), ja päivän pitää olla kalenterissa.',
      en: 'The date "2023-02-29" is not valid. Use YYYY-MM (a whole month) or YYYY-MM-DD (one day), with a day that exists in the calendar.',
    },
  ],
  'end-before-start.json': [
    { path: 'phases[0].end', fi: 'Loppu (2022-02-15) on ennen alkua (2022-03).', en: 'The end (2022-02-15) is before the start (2022-03).' },
  ],
  'axis-end-before-start.json': [
    { path: 'axis.end', fi: 'Loppu (2021-07) on ennen alkua (2024-01).', en: 'The end (2021-07) is before the start (2024-01).' },
  ],
  'bad-axis-mode.json': [
    {
      path: 'axis.mode',
      fi: 'Aika-akselin tapa "vaiheet" ei kelpaa: käytä arvoa time (todellinen aika) tai phases (vaiheittain).',
      en: 'The axis mode "vaiheet" is not valid: use time (true time) or phases (by phase).',
    },
  ],
  'bad-color.json': [
    {
      path: 'legend[0].color',
      fi: 'Väri "#f2b33" ei kelpaa: käytä muotoa #rrggbb, esimerkiksi #2f6f9f.',
      en: 'The colour "#f2b33" is not valid: use #rrggbb, for example #2f6f9f.',
    },
  ],
  'title-too-long.json': [
    {
      path: 'steps[0].title',
      fi: 'Otsikossa saa olla enintään 200 merkkiä, nyt 201.',
      en: 'A title may have at most 200 characters; this one has 201.',
    },
  ],
  'empty-title.json': [
    { path: 'lanes[0].title', fi: 'Otsikko puuttuu: se ei saa olla tyhjä.', en: 'The title is missing: it must not be empty.' },
  ],
  'description-too-long.json': [
    {
      path: 'description',
      fi: `Teksti on liian pitkä: 4${NBSP}001 merkkiä, enintään 4${NBSP}000 on sallittu.`,
      en: 'The text is too long: 4,001 characters, at most 4,000 allowed.',
    },
  ],
  'control-char.json': [
    {
      path: 'steps[0].title',
      fi: 'Tekstissä on näkymätön ohjausmerkki U+0007, jota ei sallita. Poista se.',
      en: 'The text contains the invisible control character U+0007, which is not allowed. Remove it.',
    },
  ],
  'bad-language.json': [
    {
      path: 'language',
      fi: 'Kieli "se" ei kelpaa: käytä koodia fi (suomi), sv (ruotsi) tai en (englanti).',
      en: 'The language "se" is not valid: use fi (Finnish), sv (Swedish) or en (English).',
    },
  ],
  'no-lanes.json': [
    { path: 'lanes', fi: 'Kaaviossa pitää olla vähintään 1 taso, nyt 0.', en: 'A diagram needs at least 1 lane; this one has 0.' },
  ],
  'too-many-lanes.json': [
    { path: 'lanes', fi: 'Tasoja saa olla enintään 50, nyt 51.', en: 'At most 50 lanes are allowed; this file has 51.' },
  ],
  'too-few-depth-levels.json': [
    {
      path: 'depth.levels',
      fi: 'Osallisuuden asteessa pitää olla vähintään 2 kohtaa, nyt 1.',
      en: 'The depth band needs at least 2 levels; this one has 1.',
    },
  ],
  'too-many-depth-levels.json': [
    {
      path: 'depth.levels',
      fi: 'Osallisuuden asteessa saa olla enintään 10 kohtaa, nyt 11.',
      en: 'At most 10 depth levels are allowed; this file has 11.',
    },
  ],
  'too-many-legend.json': [
    { path: 'legend', fi: 'Selitteitä saa olla enintään 20, nyt 21.', en: 'At most 20 legend entries are allowed; this file has 21.' },
  ],
  'unknown-lane.json': [{ path: 'steps[1].lane', fi: 'Tasoa "valmistelu" ei ole.', en: 'No lane "valmistelu".' }],
  'unknown-legend.json': [{ path: 'steps[0].legend', fi: 'Selitettä "uusi" ei ole.', en: 'No legend entry "uusi".' }],
  'unknown-step.json': [{ path: 'links[0].to', fi: 'Askelta "puuttuva" ei ole.', en: 'No step "puuttuva".' }],
  'self-link.json': [
    {
      path: 'links[0].to',
      fi: 'Yhteys alkaa ja päättyy samaan askeleeseen "aloitus": sen pitää yhdistää kaksi eri askelta.',
      en: 'The link starts and ends at the same step "aloitus": it must join two different steps.',
    },
  ],
  'levels-out-of-order.json': [
    {
      path: 'depth.levels[1].at',
      fi: 'Osallisuuden asteen kohdat eivät ole aikajärjestyksessä: 2021-07 on ennen edellistä kohtaa (2023-01).',
      en: 'The depth levels are not in time order: 2021-07 is before the level above it (2023-01).',
    },
  ],
  'proto-key.json': [
    {
      path: 'steps[0].__proto__',
      fi: 'Nimeä "__proto__" ei saa käyttää tiedon nimenä.',
      en: 'The name "__proto__" is not allowed for a property.',
    },
  ],
  'constructor-key.json': [
    {
      path: '["x-notes"].list[0].constructor',
      fi: 'Nimeä "constructor" ei saa käyttää tiedon nimenä.',
      en: 'The name "constructor" is not allowed for a property.',
    },
  ],
  'too-deep.json': [
    {
      path: `["x-outline"]${'[0]'.repeat(99)}`,
      fi: 'Tiedot on sisäkkäin liian monella tasolla: enintään 100 tasoa objekteja ja luetteloita on sallittu.',
      en: 'The data is nested too deeply: at most 100 levels of objects and lists are allowed.',
    },
  ],
  'votes-negative.json': [
    {
      path: 'steps[1].votes',
      fi: `Ääniä ei voi olla vähemmän kuin 0, nyt ${MINUS}1.`,
      en: 'The number of votes cannot be below 0; this one is -1.',
    },
  ],
  'votes-fraction.json': [
    { path: 'steps[1].votes', fi: 'Arvon pitää olla kokonaisluku.', en: 'The value must be a whole number.' },
  ],
  'votes-too-many.json': [
    {
      path: 'steps[1].votes',
      fi: `Ääniä saa olla enintään 999, nyt 1${NBSP}000.`,
      en: 'At most 999 votes are allowed; this one has 1,000.',
    },
  ],
  'empty-comment-text.json': [
    { path: 'steps[0].comments[1].text', fi: 'Teksti puuttuu: se ei saa olla tyhjä.', en: 'The text is missing: it must not be empty.' },
  ],
  'comment-too-long.json': [
    {
      path: 'steps[0].comments[1].text',
      fi: `Teksti on liian pitkä: 1${NBSP}001 merkkiä, enintään 1${NBSP}000 on sallittu.`,
      en: 'The text is too long: 1,001 characters, at most 1,000 allowed.',
    },
  ],
  'author-control-char.json': [
    {
      path: 'steps[0].comments[1].author',
      fi: 'Tekstissä on näkymätön ohjausmerkki U+0007, jota ei sallita. Poista se.',
      en: 'The text contains the invisible control character U+0007, which is not allowed. Remove it.',
    },
  ],
  'author-line-break.json': [
    {
      path: 'steps[0].comments[1].author',
      fi: 'Tämän tekstin pitää olla yhdellä rivillä: poista rivinvaihto.',
      en: 'This text must be on one line: remove the line break.',
    },
  ],
  'bad-comment-time.json': [
    {
      path: 'phases[0].comments[0].at',
      fi: 'Aika "22.11.2026 18.30" ei kelpaa. Käytä ISO 8601 -muotoa, esimerkiksi 2026-11-22T18:30:00Z tai 2026-11-22T20:30:00+02:00.',
      en: 'The time "22.11.2026 18.30" is not valid. Use an ISO 8601 date-time, for example 2026-11-22T18:30:00Z or 2026-11-22T20:30:00+02:00.',
    },
  ],
  'three-problems.json': [
    {
      path: 'legend[0].color',
      fi: 'Väri "red" ei kelpaa: käytä muotoa #rrggbb, esimerkiksi #2f6f9f.',
      en: 'The colour "red" is not valid: use #rrggbb, for example #2f6f9f.',
    },
    { path: 'steps[0].lane', fi: 'Tasoa "x" ei ole.', en: 'No lane "x".' },
    {
      path: 'links[0].to',
      fi: 'Yhteys alkaa ja päättyy samaan askeleeseen "aloitus": sen pitää yhdistää kaksi eri askelta.',
      en: 'The link starts and ends at the same step "aloitus": it must join two different steps.',
    },
  ],
};

describe('invalid fixtures', () => {
  test('every invalid fixture has an expectation, and every expectation a fixture', () => {
    expect(Object.keys(INVALID).sort()).toEqual(fixtureNames('invalid/'));
  });

  test.each(Object.entries(INVALID))('%s is refused with its message', async (file, expected) => {
    const result = await read(`invalid/${file}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const got = result.problems.map((problem) => ({
      path: formatPath(problem.path),
      fi: formatMessage(problem, t.fi),
      en: formatMessage(problem, t.en),
    }));
    expect(got).toEqual(expected);
    // and Swedish has a message of its own for each
    for (const problem of result.problems) {
      const sv = formatMessage(problem, t.sv);
      expect(sv).not.toMatch(/^problem\./);
      expect(sv).not.toMatch(/\{\{/);
    }
  });

  test('a problem line says where in words and as a path, then what', async () => {
    const result = await read('invalid/unknown-lane.json');
    if (result.ok) throw new Error('accepted');
    const [problem] = result.problems;
    if (!problem) throw new Error('no problem');
    expect(formatProblem(problem, t.fi)).toBe('askel 2 (steps[1].lane): Tasoa "valmistelu" ei ole.');
    expect(formatProblem(problem, t.sv)).toBe('steg 2 (steps[1].lane): Nivån "valmistelu" finns inte.');
    expect(formatProblem(problem, t.en)).toBe('step 2 (steps[1].lane): No lane "valmistelu".');
  });

  test('an unknown axis mode is located and worded like an unknown language, in fi, sv and en', async () => {
    const result = await read('invalid/bad-axis-mode.json');
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toEqual([{ path: ['axis', 'mode'], code: 'axisMode', params: { value: 'vaiheet' } }]);
    const [problem] = result.problems;
    if (!problem) throw new Error('no problem');
    expect(formatProblem(problem, t.fi)).toBe(
      'aikajana (axis.mode): Aika-akselin tapa "vaiheet" ei kelpaa: käytä arvoa time (todellinen aika) tai phases (vaiheittain).',
    );
    expect(formatProblem(problem, t.sv)).toMatch(/^[^(]+ \(axis\.mode\): Tidsaxelns sätt "vaiheet" duger inte: använd time \(verklig tid\) eller phases \(fasvis\)\.$/);
    expect(formatProblem(problem, t.en)).toMatch(/^[^(]+ \(axis\.mode\): The axis mode "vaiheet" is not valid: use time \(true time\) or phases \(by phase\)\.$/);
  });
});
