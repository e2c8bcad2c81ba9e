/**
 * One scene, drawn once (issue 12, Deliver 1): the screen's backdrop, present mode and the SVG export (and the
 * PNG and PDF made from it) draw the same shapes from src/scene — every rectangle, line, path, polygon, circle,
 * text line and its position — so no output can drift from another.
 */
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildSvg } from '../../src/io/export/svg';
import { primitiveElement } from '../../src/io/export/svgPrimitives';
import { readDiagramText } from '../../src/io/readDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { revealedAt, stopsOf } from '../../src/layout/stops';
import type { Diagram } from '../../src/model/types';
import { backdropScene } from '../../src/scene/backdrop';
import { labelledLinks, linkLabelScene, linkScene } from '../../src/scene/links';
import type { Primitive } from '../../src/scene/primitives';
import { phaseFrame, phaseVeil, stepFrame } from '../../src/scene/present';
import { stepScene } from '../../src/scene/steps';
import { workshopMarksScene } from '../../src/scene/workshopMarks';
import { BackdropContent } from '../../src/ui/canvas/Backdrop';
import { PrimitiveList } from '../../src/ui/canvas/Primitives';
import { cameraFor } from '../../src/ui/present/camera';
import { PresentStage } from '../../src/ui/present/PresentStage';

const read = (path: string): Diagram => {
  const r = readDiagramText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} refused`);
  return r.diagram;
};

const DIAGRAMS: [string, Diagram][] = [
  ['the seed', read('fixtures/osallisuuspolku.json')],
  ['votes and comments', read('fixtures/valid/workshop.json')],
  ['axis by phase (breaks)', read('fixtures/valid/axis-by-phase.json')],
  ['a Swedish path', read('fixtures/paths/osterbotten-organisationsforum-2025.json')],
  ['a template', read('fixtures/templates/keski-suomi-yhteistyomalli.json')],
];

const SHAPES = new Set(['rect', 'line', 'path', 'polygon', 'circle', 'text', 'tspan']);
const GEOMETRY = ['x', 'y', 'width', 'height', 'rx', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd', 'points'];
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'opacity', 'font-size', 'text-anchor'];

/** A number list (points, path data) rounded as the export writes numbers (2 decimals). */
const rounded = (v: string) => v.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100 || 0));

/** Every drawn shape under `root`, in drawing order: its tag, geometry, paint and (for a line of text) its text. */
function shapesOf(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!SHAPES.has(tag)) continue;
    if (tag === 'text' && ![...el.childNodes].some((n) => (n.textContent ?? '').trim() !== '')) continue;
    if (tag === 'tspan' && (el.textContent ?? '').trim() === '') continue;
    const parts = [tag];
    for (const name of [...GEOMETRY, ...PAINT]) {
      const v = el.getAttribute(name);
      if (v === null || (name === 'text-anchor' && v === 'start')) continue;
      parts.push(`${name}=${GEOMETRY.includes(name) || name.endsWith('width') || name.endsWith('opacity') ? rounded(v) : v}`);
    }
    if (tag === 'tspan' || (tag === 'text' && el.children.length === 0)) parts.push(`"${(el.textContent ?? '').replace(/\u00ad/g, '')}"`);
    out.push(parts.join(' '));
  }
  return out;
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

function sceneOf(d: Diagram): Primitive[] {
  const g = layoutDiagram(d);
  return [
    ...backdropScene(g),
    ...g.links.map(linkScene),
    ...labelledLinks(g.links).map((l) => linkLabelScene(l.id, l.label)),
    ...g.steps.map(stepScene),
    ...workshopMarksScene(d, g),
  ];
}

describe('one scene, drawn alike by the screen and the SVG export', () => {
  it.each(DIAGRAMS)('%s: every shape of the scene is the same element with the same geometry and paint', (_, d) => {
    const scene = sceneOf(d);
    const asString = parse(`<svg xmlns="http://www.w3.org/2000/svg">${scene.map(primitiveElement).join('')}</svg>`);
    const asReact = parse(renderToStaticMarkup(<svg xmlns="http://www.w3.org/2000/svg"><PrimitiveList items={scene} /></svg>));
    const a = shapesOf(asString);
    expect(a.length).toBeGreaterThan(100);
    expect(shapesOf(asReact)).toEqual(a);
  });

  it('the screen’s backdrop is the export’s backdrop: the same shapes in the same order, the page under it apart', () => {
    const d = DIAGRAMS[0]![1];
    const g = layoutDiagram(d);
    const { container } = render(
      <svg>
        <BackdropContent geometry={g} />
      </svg>,
    );
    const exported = parse(buildSvg(d, { background: 'transparent', embed: null }, g).svg);
    const screen = shapesOf(container.querySelector('svg')!).slice(2); // the page's shadow and the page
    const backdropParts = ['title', 'phases', 'axis', 'lanes', 'periods', 'depth', 'legend', 'source'];
    const fromExport = backdropParts.flatMap((p) => {
      const el = exported.querySelector(`[data-part="${p}"]`);
      return el ? shapesOf(el) : [];
    });
    expect(fromExport.length).toBeGreaterThan(100);
    expect(screen).toEqual(fromExport);
  });

  it.each(DIAGRAMS)('%s: present mode draws each step and arrow as the export does', (_, d) => {
    const g = layoutDiagram(d);
    const stops = stopsOf(d, 'step');
    const reveal = revealedAt(d, stops, stops.length - 1);
    const camera = cameraFor(g, null, { width: 1280, height: 720 });
    const { container } = render(<PresentStage diagram={d} geometry={g} reveal={reveal} camera={camera} label="test" />);
    const exported = parse(buildSvg(d, { background: 'transparent', embed: null }, g).svg);
    // the frame around the current stop is present mode's own
    for (const frame of container.querySelectorAll('.polku-present-frame')) frame.remove();
    for (const s of g.steps) {
      const present = container.querySelector(`.polku-present-step[data-step="${s.id}"]`)!;
      const inSvg = exported.querySelector(`[data-part="steps"] [data-step="${s.id}"]`)!;
      // the step's own shapes (present mode adds the room's marks inside its group; the export has them apart)
      const own = shapesOf(present).filter((x) => !x.startsWith('circle') && !x.includes(`fill=#164a6d`));
      expect(own.slice(0, shapesOf(inSvg).length)).toEqual(shapesOf(inSvg));
    }
    for (const l of g.links) {
      const present = shapesOf(container.querySelector(`.polku-present-link[data-link="${l.id}"]`)!);
      const inSvg = [
        ...shapesOf(exported.querySelector(`[data-part="links"] [data-link="${l.id}"]`)!),
        ...(exported.querySelector(`[data-link-label="${l.id}"]`) ? shapesOf(exported.querySelector(`[data-link-label="${l.id}"]`)!) : []),
      ];
      expect(present).toEqual(inSvg);
    }
  });

  it.each(DIAGRAMS)('%s: present mode frames the current phase under its arrows and steps, never across a title', (_, d) => {
    const g = layoutDiagram(d);
    const stops = stopsOf(d, 'phase');
    const at = stops.findIndex((s) => s.kind === 'phase');
    const { container } = render(
      <PresentStage diagram={d} geometry={g} reveal={revealedAt(d, stops, at)} camera={cameraFor(g, null, { width: 1280, height: 720 })} label="test" />,
    );
    const frame = container.querySelector('.polku-present-frame')!;
    expect(frame).not.toBeNull();
    const drawnOver = [...container.querySelectorAll('.polku-present-step, .polku-present-link')];
    expect(drawnOver.length).toBe(g.steps.length + g.links.length);
    // painted in document order: each step and arrow after the frame, so over it
    for (const el of drawnOver) expect(frame.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each(DIAGRAMS)('%s: present mode’s veils and the stop’s frame are the scene’s shapes, paint and all (no style sheet of its own draws them)', (_, d) => {
    const g = layoutDiagram(d);
    const asScene = (p: Primitive) => shapesOf(parse(`<svg xmlns="http://www.w3.org/2000/svg">${primitiveElement(p)}</svg>`));
    // the element itself as a shape (shapesOf reads what is under a root)
    const drawn = (el: Element) => {
      const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      root.appendChild(el.cloneNode(true));
      return shapesOf(root);
    };
    // a phase as the stop: every phase's veil, the phase's frame
    const byPhase = stopsOf(d, 'phase');
    const at = byPhase.findIndex((s) => s.kind === 'phase');
    const reveal = revealedAt(d, byPhase, at);
    const camera = cameraFor(g, null, { width: 1280, height: 720 });
    const phased = render(<PresentStage diagram={d} geometry={g} reveal={reveal} camera={camera} label="test" />).container;
    for (const p of g.phases) {
      const veil = phased.querySelector(`.polku-present-phase[data-phase="${p.id}"] .polku-present-dim`)!;
      expect(drawn(veil)).toEqual(asScene(phaseVeil(p, reveal.phaseIds.has(p.id))));
    }
    const current = g.phases.find((p) => p.id === reveal.currentPhaseId)!;
    expect(drawn(phased.querySelector('.polku-present-frame')!)).toEqual(asScene(phaseFrame(current)));
    // a step as the stop: its frame, outside its box
    const byStep = stopsOf(d, 'step');
    const atStep = byStep.findIndex((s) => s.kind === 'step');
    const stepReveal = revealedAt(d, byStep, atStep);
    const stepped = render(<PresentStage diagram={d} geometry={g} reveal={stepReveal} camera={camera} label="test" />).container;
    const step = g.steps.find((s) => s.id === stepReveal.currentStepId)!;
    const frame = stepped.querySelector(`.polku-present-step[data-step="${step.id}"] .polku-present-frame`)!;
    expect(drawn(frame)).toEqual(asScene(stepFrame(step)));
  });
});
