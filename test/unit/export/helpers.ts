/** Shared helpers of the export tests: diagrams, temporary files, and the outside readers (rsvg-convert, pngcheck). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { readDiagramText, readDiagramValue } from '../../../src/io/readDiagram';
import type { Diagram } from '../../../src/model/types';

export const DEFAULT_TEXT = readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8');

export function read(text: string): Diagram {
  const r = readDiagramText(text);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems)}`);
  return r.diagram;
}

export function fromValue(value: unknown): Diagram {
  const r = readDiagramValue(value);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems)}`);
  return r.diagram;
}

export const defaultDiagram = (): Diagram => read(DEFAULT_TEXT);

/** A folder of temporary files for one test file, removed after it. */
export function tempFolder(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'polku-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => join(dir, name);
}

export type RunResult = { status: number | null; stdout: string; stderr: string };

/**
 * rsvg-convert's PNG of an SVG file (librsvg refuses anything that is not
 * well-formed XML). It must write a regular file: this version refuses /dev/null.
 */
export function rsvg(svgFile: string, pngFile = svgFile.replace(/\.svg$/, '') + '.rsvg.png'): RunResult {
  const r = spawnSync('rsvg-convert', ['-f', 'png', '-o', pngFile, svgFile], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An SVG text drawn by rsvg-convert into a PNG file; throws when rsvg-convert fails. */
export function renderPng(svg: string, file: (name: string) => string, name: string): Uint8Array {
  writeFileSync(file(`${name}.svg`), svg);
  execFileSync('rsvg-convert', ['-f', 'png', '-o', file(`${name}.png`), file(`${name}.svg`)]);
  return new Uint8Array(readFileSync(file(`${name}.png`)));
}

export function pngcheck(pngFile: string): RunResult {
  const r = spawnSync('pngcheck', ['-v', pngFile], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The first `<g attr="value">…</g>` of `svg` (a group without nested groups), or "". */
export function groupOf(svg: string, attr: string, value: string): string {
  const start = svg.indexOf(`<g ${attr}="${value}"`);
  if (start < 0) return '';
  return svg.slice(start, svg.indexOf('</g>', start) + 4);
}

/** Numeric attribute values of the first `<tag …>` in `xml`. */
export function numbersOf(xml: string, tag: string, names: readonly string[]): Record<string, number> {
  const m = new RegExp(`<${tag}\\s([^>]*)>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  const out: Record<string, number> = {};
  for (const name of names) {
    const a = new RegExp(`\\s${name}="([^"]*)"`).exec(` ${m[1]}`);
    if (!a) throw new Error(`no ${name} on <${tag}>`);
    out[name] = Number(a[1]);
  }
  return out;
}

/** The text contents of the <tspan>s in `xml`, unescaped. */
export function tspans(xml: string): string[] {
  return [...xml.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescapeXml(m[1]!));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
