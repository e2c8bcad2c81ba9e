import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEmbeddedJson } from '../../../src/io/export/embedded';
import { buildSvg } from '../../../src/io/export/svg';
import { writeDiagramText } from '../../../src/io/writeDiagram';
import { geometryOf } from '../../../src/layout/cache';
import type { Diagram } from '../../../src/model/types';
import { fromValue, rsvg, tempFolder, tspans } from './helpers';

const file = tempFolder();

const HOSTILE = [
  '</text><script>alert(1)</script>',
  ']]>',
  '<img onerror=alert(1)>',
  '&amp;',
  '"quoted" & \'apostrophe\' </desc></metadata></svg>',
];

/** A valid diagram whose every text is `text`, with arrows and a legend. */
function hostile(text: string, extra = ''): Diagram {
  const t = text + extra;
  return fromValue({
    format: 'participation-path',
    version: 1,
    title: t,
    subtitle: t,
    source: t,
    lanes: [{ id: 'a', title: t }],
    phases: [{ id: 'p', title: t, start: '2022-01', end: '2022-06' }],
    depth: { title: t, levels: [{ at: '2022-01', title: t }, { at: '2022-04', title: t }] },
    legend: [{ id: 'l', title: t }],
    steps: [
      { id: 's1', lane: 'a', title: t, start: '2022-01', legend: 'l' },
      { id: 's2', lane: 'a', title: t, start: '2022-05' },
    ],
    links: [{ id: 'k', from: 's1', to: 's2', title: t }],
  });
}

describe.each(HOSTILE)('a diagram whose every text is %s', (text) => {
  const d = hostile(text);
  const json = writeDiagramText(d);
  const { svg } = buildSvg(d, { background: 'white', embed: json });

  it('gives an SVG with no markup of its own that librsvg parses and draws', () => {
    expect(svg).not.toMatch(/<script|<img/i);
    for (const end of ['</svg>', '</title>', '</desc>', '</metadata>']) expect(svg.split(end)).toHaveLength(2);
    writeFileSync(file('hostile.svg'), svg);
    const r = rsvg(file('hostile.svg'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('draws the text as text', () => {
    const g = geometryOf(d);
    const drawn = tspans(svg);
    for (const s of g.steps) for (const line of s.label.lines) expect(drawn).toContain(line);
    expect(drawn.join('')).toContain(text.slice(0, 3));
  });

  it('embeds the JSON so that it reads back exactly', () => {
    const back = extractEmbeddedJson(new TextEncoder().encode(svg), 'polku.svg');
    expect(back).toEqual({ kind: 'svg', text: json });
  });
});

describe('characters XML does not allow', () => {
  it('are left out of the SVG (U+FFFF and a lone surrogate are valid in a diagram, never in XML)', () => {
    const d = hostile('a\uFFFFb\uD800c\uFFFEd');
    const { svg } = buildSvg(d, { background: 'white', embed: writeDiagramText(d) });
    expect(svg).not.toMatch(/[\uFFFE\uFFFF\uD800]/);
    expect(tspans(svg)).toContain('abcd');
    writeFileSync(file('chars.svg'), svg);
    expect(rsvg(file('chars.svg')).status).toBe(0);
    // the embedded JSON is base64 of UTF-8: the noncharacters survive
    const back = extractEmbeddedJson(new TextEncoder().encode(svg), 'x.svg').text!;
    expect(back).toContain('a\uFFFFb');
  });
});
