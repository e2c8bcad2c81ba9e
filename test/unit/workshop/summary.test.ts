/** The workshop summary as Markdown and as CSV for a Finnish spreadsheet. */
import { describe, expect, test } from 'vitest';
import { csvField, escapeMarkdown, summaryCsv, summaryCsvBytes, summaryMarkdown, type SummaryWords } from '../../../src/io/summary.ts';
import { presentMessages } from '../../../src/i18n/present.ts';
import { addMessages } from '../../../src/i18n/setup.ts';
import { summaryWords } from '../../../src/ui/present/summaryWords.ts';
import { createTestI18n } from '../../helpers/i18n.ts';
import { diagram, workshop } from './helpers.ts';

/** The Finnish words the UI passes: its own messages, through its own summaryWords. */
const i18n = createTestI18n('fi');
addMessages(i18n, 'present', presentMessages);
const fi: SummaryWords = summaryWords(i18n.t);

const LINK_TITLE = '[Linkki](https://example.com) <b>lihava</b> *tähti* _alaviiva_ #1 | putki `koodi` \\ kenoviiva';

describe('Markdown', () => {
  test('the workshop fixture: phases in time order, the phase’s comments first, steps by votes, outside phases last', () => {
    expect(summaryMarkdown(workshop(), fi)).toBe(
      [
        '# Yhteenveto: Työpaja \\#2 \\<testi\\>',
        '',
        '## Aluevaltuusto: valmistelu (1–6/2022)',
        '',
        '- *Kommentit*',
        '  - “Vaihe oli liian lyhyt” — Matti',
        '  - “Kuka päätti aikataulusta?”',
        '- **\\[Linkki\\](https://example.com) \\<b\\>lihava\\</b\\> \\*tähti\\* \\_alaviiva\\_ \\#1 \\| putki \\`koodi\\` \\\\ kenoviiva** — 5 ääntä',
        '  - “Hyvä; mutta "tarkenna"” — Niina K.',
        '  - “Rivi 1\\',
        '    Rivi 2”',
        '- **Järjestökysely** — 3 ääntä',
        '  - “=SUM(A1)” — @x',
        '- **Työpaja** — 3 ääntä',
        '',
        '## Toteutus (7–12/2022)',
        '',
        '- **Jaostot**',
        '  - “+358 40 123 4567” — Puhelin',
        '  - “-1”',
        '',
        '## Jatko (4/2023 alkaen)',
        '',
        '- **Seuranta**',
        '  - “\tsisennetty”',
        '',
        '## Vaiheiden ulkopuolella',
        '',
        '- **Esiselvitys** — 1 ääni',
        '  - “  alkaa välilyönnillä”',
        '',
      ].join('\n'),
    );
  });

  test('user text cannot make links, images, HTML, emphasis, code, headings or tables', () => {
    expect(escapeMarkdown('![x](javascript:alert(1)) <script>a_b*c`d`#e|f\\g~h&amp;')).toBe(
      '\\!\\[x\\](javascript:alert(1)) \\<script\\>a\\_b\\*c\\`d\\`\\#e\\|f\\\\g\\~h\\&amp;',
    );
  });

  test('a title’s line breaks become spaces; a comment’s further lines cannot start a list', () => {
    const d = diagram({
      steps: [
        {
          id: 's',
          lane: 'a',
          title: 'Kaksi\nriviä',
          start: '2022-01',
          votes: 2,
          comments: [{ text: 'Lista:\n- eka\n\n  2. toka\n+ kolme' }],
        },
      ],
    });
    expect(summaryMarkdown(d, fi)).toBe(
      [
        '# Yhteenveto: T',
        '',
        '## Vaiheiden ulkopuolella',
        '',
        '- **Kaksi riviä** — 2 ääntä',
        '  - “Lista:\\',
        '    \\- eka\\',
        '    2\\. toka\\',
        '    \\+ kolme”',
        '',
      ].join('\n'),
    );
  });

  test('nothing to sum up', () => {
    const d = diagram({
      phases: [{ id: 'p', title: 'P', start: '2022-01', notes: 'vain muistiinpanot' }],
      steps: [{ id: 's', lane: 'a', title: 'S', start: '2022-01', votes: 0 }],
    });
    expect(summaryMarkdown(d, fi)).toBe('# Yhteenveto: T\n\nEi kommentteja eikä ääniä.\n');
    expect(summaryCsv(d, fi)).toBe('Vaihe;Askel;Äänet;Kommentti;Nimi;Aika\r\n');
  });
});

describe('CSV', () => {
  const expected = [
    'Vaihe;Askel;Äänet;Kommentti;Nimi;Aika',
    'Aluevaltuusto: valmistelu;;;Vaihe oli liian lyhyt;Matti;2026-11-22T20:30:00+02:00',
    'Aluevaltuusto: valmistelu;;;Kuka päätti aikataulusta?;;',
    `Aluevaltuusto: valmistelu;${LINK_TITLE};5;"Hyvä; mutta ""tarkenna""";Niina K.;`,
    `Aluevaltuusto: valmistelu;${LINK_TITLE};5;"Rivi 1\nRivi 2";;`,
    "Aluevaltuusto: valmistelu;Järjestökysely;3;'=SUM(A1);'@x;2026-11-22T18:30:00Z",
    'Aluevaltuusto: valmistelu;Työpaja;3;;;',
    "Toteutus;Jaostot;0;'+358 40 123 4567;Puhelin;",
    "Toteutus;Jaostot;0;'-1;;",
    "Jatko;Seuranta;0;'\tsisennetty;;2026-11-22T18:45:10.5Z",
    'Vaiheiden ulkopuolella;Esiselvitys;1;"  alkaa välilyönnillä";;',
  ];

  test('the workshop fixture: a header, one row per comment and per voted step without comments, ordered by votes', () => {
    expect(summaryCsv(workshop(), fi)).toBe(expected.map((row) => `${row}\r\n`).join(''));
  });

  test('the bytes: the UTF-8 byte order mark, then UTF-8, with CRLF line ends and no soft hyphens', () => {
    const bytes = summaryCsvBytes(workshop(), fi);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "Vaihe;" then "Askel;Ä": Ä is C3 84 in UTF-8
    expect([...bytes.slice(3, 9)]).toEqual([0x56, 0x61, 0x69, 0x68, 0x65, 0x3b]);
    expect([...bytes.slice(15, 17)]).toEqual([0xc3, 0x84]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`\ufeff${summaryCsv(workshop(), fi)}`);
    expect(text).not.toContain('\u00ad');
    expect(text.split('\r\n')).toHaveLength(expected.length + 1);
  });

  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+358 40 123 4567', "'+358 40 123 4567"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=1;2', `"'=1;2"`],
    ['a;b', '"a;b"'],
    ['sanoi "hei"', '"sanoi ""hei"""'],
    ['rivi\nrivi', '"rivi\nrivi"'],
    [' alussa', '" alussa"'],
    ['lopussa ', '"lopussa "'],
    ['tavallinen teksti', 'tavallinen teksti'],
    ['1-2', '1-2'],
    ['', ''],
  ])('the field %j is written %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('grouping and order', () => {
  test('by votes, most first; equal votes in time order; a group per phase in time order', () => {
    const d = diagram({
      phases: [
        { id: 'p2', title: 'Toinen', start: '2023-01' },
        { id: 'p1', title: 'Ensimmäinen', start: '2022-01', end: '2022-12' },
      ],
      steps: [
        { id: 'sc', lane: 'b', title: 'C', start: '2022-03', votes: 2 },
        { id: 'sa', lane: 'a', title: 'A', start: '2022-03', votes: 2 },
        { id: 'sb', lane: 'a', title: 'B', start: '2022-05', votes: 7 },
        { id: 'sz', lane: 'a', title: 'Z', start: '2023-05', votes: 1 },
      ],
    });
    expect(summaryCsv(d, fi).split('\r\n').slice(1, -1)).toEqual([
      'Ensimmäinen;B;7;;;',
      'Ensimmäinen;A;2;;;',
      'Ensimmäinen;C;2;;;',
      'Toinen;Z;1;;;',
    ]);
  });
});
