/** The writer: order, formatting, unknown properties, and open → save → open. */
import { describe, expect, test } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { writeDiagramText } from '../../../src/io/writeDiagram.ts';
import { SHAPES } from '../../../src/model/shapes.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { fixtureNames, fixtureText, validFixtures } from './helpers.ts';

function open(text: string): Diagram {
  const result = readDiagramText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.diagram;
}

/** The keys of every object in a JSON text, in the order written. */
function keyOrders(text: string): string[][] {
  const orders: string[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      orders.push(Object.keys(value));
      Object.values(value).forEach(walk);
    }
  };
  walk(JSON.parse(text));
  return orders;
}

describe('open → save → open', () => {
  test.each(validFixtures())('%s gives back the same values', (file) => {
    const first = open(fixtureText(file));
    const saved = writeDiagramText(first);
    const second = open(saved);
    expect(second).toEqual(first);
    // and saving again changes nothing
    expect(writeDiagramText(second)).toBe(saved);
  });

  const canonical = fixtureNames('valid/').filter((name) => name !== 'minimal.json');
  test.each(canonical)('valid/%s, already in order, comes back byte for byte', (name) => {
    const text = fixtureText(`valid/${name}`);
    expect(writeDiagramText(open(text))).toBe(text);
  });

  test('a title that looks like HTML is plain text and round-trips byte for byte', () => {
    const text = fixtureText('valid/html-title.json');
    const diagram = open(text);
    expect(diagram.title).toBe('<img src=x onerror=alert(1)>');
    expect(writeDiagramText(diagram)).toBe(text);
  });
});

describe('writing', () => {
  test('phases, legend and links are always written, [] when empty', () => {
    const text = writeDiagramText(open(fixtureText('valid/minimal.json')));
    expect(text).toBe(
      [
        '{',
        '  "format": "participation-path",',
        '  "version": 1,',
        '  "title": "Pienin mahdollinen",',
        '  "lanes": [',
        '    {',
        '      "id": "a",',
        '      "title": "A"',
        '    }',
        '  ],',
        '  "phases": [],',
        '  "legend": [],',
        '  "steps": [],',
        '  "links": []',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('properties in the order of the table at every level, then unknown ones in the order read', () => {
    const text = [
      '{"zz": 1, "links": [{"title": "T", "to": "b", "x": 1, "from": "a", "id": "l"}],',
      ' "steps": [{"comments": [{"by": 1, "at": "2026-11-22T18:30:00Z", "author": "N", "text": "C"}], "votes": 3,',
      '   "notes": "N", "legend": "k", "color": "#ffffff", "description": "D", "end": "2022-02", "start": "2022-01",',
      '   "title": "A", "lane": "r", "id": "a", "note": {"b": 1, "a": 2}},',
      '  {"start": "2022-03", "title": "B", "lane": "r", "id": "b"}],',
      ' "legend": [{"color": "#000000", "title": "K", "id": "k"}],',
      ' "depth": {"levels": [{"title": "1", "at": "2021-01"}, {"title": "2", "at": "2022-01"}], "title": "D"},',
      ' "phases": [{"comments": [{"at": "2026-11-22T18:30:00+02:00", "author": "M", "text": "E"}], "notes": "N",',
      '   "color": "#000000", "end": "2022-12", "start": "2022-01", "title": "P", "id": "p"}],',
      ' "lanes": [{"color": "#000000", "title": "R", "id": "r"}], "axis": {"mode": "phases", "end": "2023-01", "start": "2021-01"},',
      ' "language": "en", "source": "S", "description": "D", "subtitle": "S", "title": "T", "version": 1,',
      ' "format": "participation-path", "aa": 2}',
    ].join('\n');
    const written = writeDiagramText(open(text));
    const orders = keyOrders(written);
    expect(orders[0]).toEqual([...SHAPES.document.order, 'zz', 'aa']);
    expect(orders).toContainEqual(SHAPES.axis.order);
    expect(SHAPES.axis.order).toEqual(['start', 'end', 'mode']); // mode is written after end
    expect(orders).toContainEqual(SHAPES.lane.order);
    expect(orders).toContainEqual(SHAPES.phase.order);
    expect(orders).toContainEqual(SHAPES.depth.order);
    expect(orders).toContainEqual(SHAPES.depthLevel.order);
    expect(orders).toContainEqual(SHAPES.legendEntry.order);
    expect(orders).toContainEqual([...SHAPES.step.order, 'note']);
    expect(orders).toContainEqual(['b', 'a']); // inside an unknown value nothing is reordered
    expect(orders).toContainEqual([...SHAPES.link.order, 'x']);
    expect(orders).toContainEqual(SHAPES.comment.order);
    expect(orders).toContainEqual([...SHAPES.comment.order, 'by']);
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).toContain('\n  "format": "participation-path",\n');
  });

  test('unknown properties stay on the object they were found on', () => {
    const diagram = open(fixtureText('valid/unknown-properties.json'));
    expect(diagram['view']).toEqual({ zoom: 1.5, center: { x: 10, y: -20 } });
    expect(diagram.axis?.['x-ticks']).toBe('quarter');
    expect(diagram.lanes[0]?.['collapsed']).toBe(false);
    expect(diagram.phases[0]?.['note']).toEqual({ fi: 'huom', tags: ['a', 'b'] });
    expect(diagram.depth?.['curve']).toBe('linear');
    expect(diagram.depth?.levels[0]?.['weight']).toBe(0.2);
    expect(diagram.legend[0]?.['icon']).toBeNull();
    expect(diagram.steps[0]?.['comments']).toEqual([{ by: 'Niina', text: 'OK' }]);
    expect(diagram.links[0]?.['style']).toEqual({ dash: [4, 2] });
  });

  test('an unknown property named like a number is still written after the known ones', () => {
    const text = '{"format": "participation-path", "version": 1, "title": "T", "lanes": [{"id": "a", "title": "A", "2024": "x"}], "steps": [], "1": true}';
    const written = writeDiagramText(open(text));
    const orders = keyOrders(written);
    // JSON.parse lists integer-like keys first; the writer does not
    expect(written.indexOf('"1": true')).toBeGreaterThan(written.indexOf('"links"'));
    expect(written.indexOf('"2024"')).toBeGreaterThan(written.indexOf('"title": "A"'));
    expect(orders[0]).toContain('1');
  });

  test('text is written as typed: line breaks, soft hyphens, emoji, quotes', () => {
    const diagram = open(fixtureText('valid/multiline-soft-hyphen.json'));
    expect(diagram.title).toBe('Järjestö\u00adyhteistyö\u00adrakenteet\nja koordinaatio');
    const written = writeDiagramText(diagram);
    expect(written).toContain('"title": "Järjestö\u00adyhteistyö\u00adrakenteet\\nja koordinaatio"');
  });

  test('two-space indentation, like JSON.stringify(…, null, 2), and a final newline', () => {
    const text = fixtureText('valid/full.json');
    const written = writeDiagramText(open(text));
    expect(written).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
