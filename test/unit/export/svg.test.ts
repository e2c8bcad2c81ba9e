import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSvg } from '../../../src/io/export/svg';
import { outlineText } from '../../../src/io/export/outlineText';
import { geometryOf } from '../../../src/layout/cache';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { ASCENT, DESCENT } from '../../../src/layout/style';
import { defaultDiagram, DEFAULT_TEXT, groupOf, read, numbersOf, renderPng, tempFolder, tspans, unescapeXml } from './helpers';

const file = tempFolder();
const r2 = (v: number) => Math.round(v * 100) / 100;
const d = defaultDiagram();
const g = geometryOf(d);
const { svg, width, height } = buildSvg(d, { background: 'white', embed: DEFAULT_TEXT });

describe('the SVG of the default diagram', () => {
  it('is a standalone SVG document of the diagram’s size, titled with the diagram’s title', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBeCloseTo(g.width, 2);
    expect(height).toBeCloseTo(g.height, 2);
    const root = numbersOf(svg, 'svg', ['width', 'height']);
    expect(root).toEqual({ width, height });
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain(`<title id="polku-title">${d.title}</title>`);
    expect(svg).toContain('font-family="Arimo, &quot;Liberation Sans&quot;, Arial, Helvetica, sans-serif"');
  });

  it('draws every step as a rect whose border fills its box to the edge, with its colours', () => {
    expect(g.steps.length).toBeGreaterThan(15);
    for (const s of g.steps) {
      const group = groupOf(svg, 'data-step', s.id);
      const r = numbersOf(group, 'rect', ['x', 'y', 'width', 'height', 'rx', 'stroke-width']);
      // the border inside the box: the stroke's outer edge on the box's edge, its outer corners 6 px round
      const half = r['stroke-width']! / 2;
      expect(r['stroke-width']).toBe(1.5);
      expect(r.x! - half).toBeCloseTo(s.x, 2);
      expect(r.y! - half).toBeCloseTo(s.y, 2);
      expect(r.width! + 2 * half).toBeCloseTo(s.width, 2);
      expect(r.height! + 2 * half).toBeCloseTo(s.height, 2);
      expect(r.rx! + half).toBe(6);
      expect(group).toContain(`fill="${s.fill}"`);
      expect(group).toContain(`stroke="${s.border}"`);
    }
  });

  it('writes every line of every step as the layout broke it, one tspan each, centred in the box as on screen', () => {
    let broken = 0;
    for (const s of g.steps) {
      const group = groupOf(svg, 'data-step', s.id);
      expect(tspans(group)).toEqual(s.label.lines);
      if (s.label.lines.length > 1) broken++;
      // StepNode: padTop = (height − lines × lineHeight) / 2, then the line box's half-leading and ascent
      const { size, lineHeight } = s.label;
      const padTop = (s.height - s.label.lines.length * lineHeight) / 2;
      const baseline = s.y + padTop + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
      const first = numbersOf(group, 'tspan', ['x', 'y']);
      expect(first.y).toBeCloseTo(baseline, 2);
      expect(first.x).toBeCloseTo(s.x + 9, 2);
      expect(group).toContain(`fill="${s.textColor}"`);
      expect(group).toContain(`font-size="${size}"`);
    }
    expect(broken).toBeGreaterThan(5);
    // the lines end with a drawn hyphen where a word broke, e.g. "Toimintaedellytyskeino-"
    expect(svg).toContain('>Toimintaedellytyskeino-</tspan>');
  });

  it('draws every arrow along its route, with an arrowhead at its end pointing along it', () => {
    expect(g.links.length).toBeGreaterThan(15);
    expect(svg.match(/<g data-link="/g)).toHaveLength(g.links.length);
    for (const l of g.links) {
      const group = groupOf(svg, 'data-link', l.id);
      expect(group).toContain(`<path d="${l.path}" fill="none" stroke="${l.color}" stroke-width="1.75"/>`);
      const points = /<polygon points="([^"]+)"/.exec(group)![1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
      expect(points).toHaveLength(3);
      // the tip is the route's end; the two others lie behind it, one on each side, ~8 px back and ~6 px out
      expect(points[1]![0]).toBeCloseTo(l.end.x, 1);
      expect(points[1]![1]).toBeCloseTo(l.end.y, 1);
      const dir = { x: Math.cos(l.endAngle), y: Math.sin(l.endAngle) };
      const side = [points[0]!, points[2]!].map(([x, y]) => {
        const v = { x: x - l.end.x, y: y - l.end.y };
        return { back: -(v.x * dir.x + v.y * dir.y), out: v.x * -dir.y + v.y * dir.x };
      });
      for (const s of side) expect(s.back).toBeCloseTo(7.875, 1);
      expect(side[0]!.out).toBeCloseTo(-side[1]!.out, 1);
      expect(Math.abs(side[0]!.out)).toBeCloseTo(6.3, 1);
    }
  });

  it('writes link titles on a white label box, as the screen does', () => {
    const labelled = g.links.filter((l) => l.label);
    expect(labelled.length).toBeGreaterThan(0);
    for (const l of labelled) {
      const group = groupOf(svg, 'data-link-label', l.id);
      expect(tspans(group)).toEqual(l.label!.lines);
      expect(group).toContain('fill="#ffffff" fill-opacity="0.92"');
    }
  });

  it('marks every step’s true period under its box: data-period at the true dates (from day counts)', () => {
    const DAY = 86_400_000;
    const utc = (v: string) => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, v.length > 7 ? +v.slice(8, 10) : 1);
    const xAt = (t: number) => g.axis.x0 + ((t - g.axis.startTime) / (g.axis.endTime - g.axis.startTime)) * (g.axis.x1 - g.axis.x0);
    for (const step of d.steps) {
      const last = step.end ?? step.start;
      const t0 = utc(step.start);
      const t1 = last.length > 7 ? utc(last) + DAY : Date.UTC(+last.slice(0, 4), +last.slice(5, 7), 1);
      const period = `${new Date(t0).toISOString().slice(0, 10)}/${new Date(t1 - DAY).toISOString().slice(0, 10)}`;
      const m = new RegExp(`<(rect|polygon)\\s[^>]*data-period="${period}" data-step="${step.id}"/>`).exec(svg);
      expect(m, step.id).not.toBeNull();
      const box = g.steps.find((s) => s.id === step.id)!;
      if (m![1] === 'rect') {
        const r = numbersOf(m![0], 'rect', ['x', 'y', 'width']);
        expect(r.x!).toBeCloseTo(xAt(t0), 1);
        expect(r.x! + r.width!).toBeCloseTo(xAt(t1), 1);
        expect(r.y!).toBeGreaterThan(box.y + box.height);
      } else {
        const xs = /points="([^"]+)"/.exec(m![0])![1]!.split(' ').map((p) => Number(p.split(',')[0]));
        expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo((xAt(t0) + xAt(t1)) / 2, 1);
      }
    }
  });

  it('draws the backdrop: phases, axis labels, lanes, depth band with its tip, legend and credit', () => {
    const texts = tspans(svg).concat([...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => unescapeXml(m[1]!)));
    for (const p of g.phases) {
      expect(svg).toContain(`<rect x="${r2(p.x)}" y="${r2(p.y)}" width="${r2(p.width)}" height="${r2(p.height)}" fill="${p.color}"/>`);
      for (const line of [...p.label.lines, ...p.dates.lines]) expect(texts).toContain(line);
    }
    for (const t of g.axis.ticks.filter((t) => t.label)) expect(texts).toContain(t.label);
    for (const lane of g.lanes) for (const line of lane.label.lines) expect(texts).toContain(line);
    for (const lvl of g.depth!.levels) for (const line of lvl.label.lines) expect(texts).toContain(line);
    for (const line of g.depth!.title.lines) expect(texts).toContain(line);
    for (const e of g.legend!.entries) for (const line of e.label.lines) expect(texts).toContain(line);
    for (const line of g.source!.lines) expect(texts).toContain(line);
    expect(svg).toContain(`<polygon points="${g.depth!.tip.map((p) => `${r2(p.x)},${r2(p.y)}`).join(' ')}" fill="${g.depth!.tipFill}"/>`);
    expect(svg).toContain('stroke-dasharray="3 4"');
  });

  it('names the axis span on the axis group: its first and last day and their x, for readers that place dates themselves', () => {
    // the seed's axis setting: 2021-07 … 2023-12, written out here rather than read from the layout
    expect(svg).toContain(`<g data-part="axis" data-axis-start="2021-07-01" data-axis-end="2023-12-31" data-x0="${r2(g.axis.x0)}" data-x1="${r2(g.axis.x1)}">`);
    expect(g.axis.x1).toBeGreaterThan(g.axis.x0);
  });

  it('describes the path in <desc>: its outline in the diagram’s language', () => {
    const desc = unescapeXml(/<desc id="polku-desc">([^<]*)<\/desc>/.exec(svg)![1]!);
    expect(desc).toBe(outlineText(d));
    for (const s of d.steps) expect(desc).toContain(s.title.replace(/\u00ad/g, '').replace(/\s+/g, ' '));
    expect(desc.match(/^ +→ /gm)).toHaveLength(d.links.length);
    expect(desc).toContain('\nVäliaikaishallinto (VATE) (7/2021–2/2022)\n  Osallistujataso\n    Asiakkaat, asukkaat (7/2021)\n      → Asiantuntijakonsultaatio');
    expect(desc).toContain('Osallisuuden ja kumppanuuden aste\n  7/2021: suppea osallisuus, yhteisyys');
    expect(desc).toContain('■ olemassa oleva kehittäminen');
    expect(desc).toContain('Selite\n  ■ olemassa oleva kehittäminen');
  });

  it('is drawn by librsvg at the diagram’s size', () => {
    const png = renderPng(svg, file, 'default');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([Math.ceil(width), Math.ceil(height)]);
  });

  it('uses only what every SVG reader draws, with short numbers', () => {
    expect(svg).not.toMatch(/<style|\sclass=|foreignObject|<image|<script|href=/);
    for (const m of svg.matchAll(/\s(x|y|x1|x2|y1|y2|width|height|font-size|stroke-width)="([^"]*)"/g)) {
      expect(m[2]).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
    for (const m of svg.matchAll(/points="([^"]*)"/g)) expect(m[1]).toMatch(/^(-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})? ?)+$/);
  });

  it('is deterministic: the same diagram gives the same bytes, laid out again or not', () => {
    const again = buildSvg(structuredClone(d), { background: 'white', embed: DEFAULT_TEXT });
    expect(again.svg).toBe(svg);
    expect(buildSvg(d, { background: 'white', embed: DEFAULT_TEXT }, layoutDiagram(d)).svg).toBe(svg);
  });

  it('has a white page unless transparent, and metadata only when asked', () => {
    const page = `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`;
    expect(svg).toContain(page);
    const bare = buildSvg(d, { background: 'transparent', embed: null }).svg;
    expect(bare).not.toContain(page);
    expect(bare).not.toContain('<metadata');
    expect(svg).toContain('<metadata><polku:diagram xmlns:polku="https://polku.invalid/ns" type="application/vnd.polku+json" encoding="base64">');
    // the screen's drop shadow is not exported
    expect(svg).not.toContain('opacity="0.08"');
  });
});

describe('text of any diagram', () => {
  it('leaves out soft hyphens and joins a title’s lines in <title>', () => {
    const text = readFileSync(new URL('../../../fixtures/valid/multiline-soft-hyphen.json', import.meta.url), 'utf8');
    const m = JSON.parse(text) as { title: string };
    expect(m.title).toMatch(/\u00ad|\n/);
    const out = buildSvg(read(text), { background: 'white', embed: null }).svg;
    expect(out).not.toContain('\u00ad');
    const title = /<title id="polku-title">([^<]*)<\/title>/.exec(out)![1]!;
    expect(title).not.toMatch(/[\n\u00ad]/);
  });
});
