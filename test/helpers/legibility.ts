/**
 * Legibility of an exported diagram, judged from what a browser measured in
 * it (test/browser/legibility.test.ts measures; this module only judges, so
 * that every rule is unit-tested on hand-made inputs).
 *
 * Expected positions come from the diagram's own dates and the axis's span
 * as the SVG names it (first and last day, x0 and x1), by day counts — never
 * from the layout's scale.
 *
 * Fault kinds (each must be 0):
 * - pieces      a word whose letters continue over three or more lines
 * - fragment    a line of one or two letters that is not a whole word
 * - number      a break inside a number or a date
 * - text        drawn lines that do not spell the source text (lost or changed text)
 * - arrow       an arrow passing through a step box that is not one of its ends
 * - overlap     two labels or boxes drawn over each other (axis labels, phase headers, arrow labels, step boxes)
 * - outside     text outside its box (a step's lines, an arrow label's lines)
 * - period      a step's true period not drawn within a pixel of its dates (or not drawn at all)
 * - axis        the SVG does not say where its axis starts and ends
 * - narrow      narrower than 1,200 px at zoom 1
 * - ratio       (ordinary paths) width / height outside 1.4–2.2
 * - small-text  (ordinary paths) step text under 12 px when fitted to 1920 × 1080
 */

export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

/** A text block as drawn: its source (the diagram's text) and one entry per <tspan>. */
export type MeasuredText = {
  /** where, for the report: `step s3`, `phase p1`, `link l2` … */
  where: string;
  /** the text as written in the diagram; null when the drawing invents it (dates, axis labels) */
  source: string | null;
  lines: { text: string; box: Box; size: number }[];
};

export type MeasuredStep = {
  id: string;
  start: string;
  end?: string;
  box: Box | null;
  text: MeasuredText;
  /** every element carrying data-period for this step */
  periods: { value: string; box: Box }[];
};

export type MeasuredLink = { id: string; from: string; to: string; samples: Point[] };
export type MeasuredLinkLabel = { id: string; box: Box; text: MeasuredText };

/** Something that must not be drawn over something else. */
export type Occupant = { kind: 'axis' | 'phase' | 'link-label' | 'step'; id: string; label: string; box: Box };

export type Measured = {
  width: number;
  height: number;
  /** from the axis group's data-axis-start / -end / data-x0 / -x1; null when absent */
  axis: { start: string; end: string; x0: number; x1: number } | null;
  steps: MeasuredStep[];
  links: MeasuredLink[];
  linkLabels: MeasuredLinkLabel[];
  /** other text blocks whose words are judged (phase and lane titles) */
  texts: MeasuredText[];
  /** axis labels and phase header texts (steps and link labels are added from their own entries) */
  occupants: Occupant[];
};

export const FAULT_KINDS = [
  'pieces', 'fragment', 'number', 'text', 'arrow', 'overlap', 'outside', 'period', 'axis', 'narrow', 'ratio', 'small-text',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type Fault = { kind: FaultKind; where: string; detail: string };

export const LIMITS = {
  minWidth: 1200,
  ratio: [1.4, 2.2] as const,
  minStepTextPx: 12,
  screen: { width: 1920, height: 1080 },
  /** a period's ends within this many px of their dates */
  periodTolerance: 1,
  /** text within its box but for this much */
  outsideTolerance: 1,
  /** boxes may touch or overlap by this much */
  overlapTolerance: 0.5,
  /** arrow samples inside a box shrunk by this much count */
  arrowInset: 1,
};

const DAY = 86_400_000;
const utcOf = (ymd: string) => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The first and the last day (inclusive, `YYYY-MM-DD`) a step covers: a month date covers its whole month; no end: the start's own month or day. */
export function truePeriod(start: string, end?: string): { first: string; last: string } {
  const first = start.length === 7 ? `${start}-01` : start;
  const e = end ?? start;
  const last = e.length === 7 ? iso(Date.UTC(+e.slice(0, 4), +e.slice(5, 7), 1) - DAY) : e;
  return { first, last };
}

/** x of the first instant of `day` on the axis, from day counts. */
export function xOfDay(axis: NonNullable<Measured['axis']>, day: string): number {
  const t0 = utcOf(axis.start);
  const total = (utcOf(axis.end) + DAY - t0) / DAY;
  return axis.x0 + ((utcOf(day) - t0) / DAY / total) * (axis.x1 - axis.x0);
}

// ---------------------------------------------------------------- text

const SPACE = /[\s]/u;
const isSpace = (c: string) => SPACE.test(c) && c !== '\u00a0' && c !== '\u202f' && c !== '\u2007';
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
const DASHES = '-‐‑–—/';

type Alignment = {
  /** for each source character, the line it is drawn on (−1: not drawn: whitespace) */
  lineOf: number[];
  /** per line: its first and last source index, and whether it ends with a '-' that is not in the source */
  spans: { a: number; b: number; inserted: boolean }[];
};

/** Maps each drawn line back onto the source text, or says why it cannot. */
export function align(sourceText: string, lines: readonly string[]): Alignment | string {
  const src = [...sourceText.replace(/\u00ad/g, '')];
  const lineOf = src.map(() => -1);
  const spans: Alignment['spans'] = [];
  let i = 0;
  for (let li = 0; li < lines.length; li++) {
    const text = [...lines[li]!];
    while (i < src.length && isSpace(src[i]!)) i++;
    const a = i;
    let inserted = false;
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!;
      if (isSpace(c) && i < src.length && isSpace(src[i]!)) {
        while (i < src.length && isSpace(src[i]!)) i++;
        while (j + 1 < text.length && isSpace(text[j + 1]!)) j++;
      } else if (i < src.length && src[i] === c) {
        lineOf[i++] = li;
      } else if (j === text.length - 1 && c === '-') {
        inserted = true;
      } else {
        return `line ${li + 1} "${lines[li]}" does not continue the text at "${src.slice(i, i + 12).join('')}"`;
      }
    }
    spans.push({ a, b: i - 1, inserted });
  }
  const rest = src.slice(i).join('').trim();
  if (rest !== '') return `not drawn: "${rest.length > 30 ? `${rest.slice(0, 30)}…` : rest}"`;
  return { lineOf, spans };
}

/** Words and the lines their letters are drawn on; a word ends at whitespace and after a hyphen, dash or slash of its own. */
function words(src: string[], lineOf: number[]): { word: string; lines: number[] }[] {
  const out: { word: string; lines: number[] }[] = [];
  let cur = '';
  let ls = new Set<number>();
  const flush = () => {
    if (cur !== '') out.push({ word: cur, lines: [...ls].sort((p, q) => p - q) });
    cur = '';
    ls = new Set();
  };
  src.forEach((c, i) => {
    if (isSpace(c)) return flush();
    cur += c;
    if (isWordChar(c) && lineOf[i]! >= 0) ls.add(lineOf[i]!);
    if (DASHES.includes(c)) flush();
  });
  flush();
  return out;
}

/** The word rules over one text block: pieces, fragments, numbers, and text that is not the source's. */
export function textFaults(t: MeasuredText): Fault[] {
  if (t.source === null || t.source.trim() === '') return [];
  if (t.lines.length === 0) return [{ kind: 'text', where: t.where, detail: `"${oneLine(t.source)}" is not drawn` }];
  const lines = t.lines.map((l) => l.text);
  const al = align(t.source, lines);
  if (typeof al === 'string') return [{ kind: 'text', where: t.where, detail: al }];
  const src = [...t.source.replace(/\u00ad/g, '')];
  const faults: Fault[] = [];
  for (const w of words(src, al.lineOf)) {
    if (w.lines.length >= 3)
      faults.push({ kind: 'pieces', where: t.where, detail: `"${w.word}" in ${w.lines.length} pieces: ${w.lines.map((li) => lines[li]).join(' | ')}` });
  }
  al.spans.forEach((s, li) => {
    const body = s.inserted ? lines[li]!.slice(0, -1) : lines[li]!;
    const letters = [...body].filter((c) => /\p{L}/u.test(c)).length;
    const whole = (s.a === 0 || isSpace(src[s.a - 1]!)) && (s.b === src.length - 1 || isSpace(src[s.b + 1]!));
    if (letters >= 1 && letters <= 2 && !whole) faults.push({ kind: 'fragment', where: t.where, detail: `line "${lines[li]}" (of "${oneLine(t.source!)}")` });
    const next = al.spans[li + 1];
    if (next && next.a === s.b + 1 && /\d[.,:\-‐‑–—/]*$/u.test(body) && /^[.,:\-‐‑–—/]*\d/u.test(lines[li + 1]!))
      faults.push({ kind: 'number', where: t.where, detail: `"${lines[li]}" | "${lines[li + 1]}"` });
  });
  return faults;
}

const oneLine = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s).replace(/\s+/g, ' ');

// ---------------------------------------------------------------- geometry

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;

/** Whether `inner` lies within `outer`, but for `tol` px. */
export function within(inner: Box, outer: Box, tol: number): boolean {
  return inner.x >= outer.x - tol && inner.y >= outer.y - tol && right(inner) <= right(outer) + tol && bottom(inner) <= bottom(outer) + tol;
}

/** How far two boxes overlap in each direction (≤ 0: not at all). */
function overlap(p: Box, q: Box): { dx: number; dy: number } {
  return { dx: Math.min(right(p), right(q)) - Math.max(p.x, q.x), dy: Math.min(bottom(p), bottom(q)) - Math.max(p.y, q.y) };
}

const fmt = (b: Box) => `[${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.width.toFixed(1)} × ${b.height.toFixed(1)}]`;

export function overlapFaults(occupants: readonly Occupant[]): Fault[] {
  const faults: Fault[] = [];
  const sorted = [...occupants].sort((p, q) => p.box.x - q.box.x);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j]!;
      if (q.box.x >= right(p.box) - LIMITS.overlapTolerance) break;
      const o = overlap(p.box, q.box);
      if (o.dx > LIMITS.overlapTolerance && o.dy > LIMITS.overlapTolerance)
        faults.push({ kind: 'overlap', where: `${p.kind} ${p.id}`, detail: `"${oneLine(p.label)}" and ${q.kind} ${q.id} "${oneLine(q.label)}" overlap by ${o.dx.toFixed(1)} × ${o.dy.toFixed(1)} px` });
    }
  }
  return faults;
}

export function arrowFaults(links: readonly MeasuredLink[], steps: readonly MeasuredStep[]): Fault[] {
  const faults: Fault[] = [];
  const inset = LIMITS.arrowInset;
  for (const l of links) {
    for (const s of steps) {
      if (!s.box || s.id === l.from || s.id === l.to) continue;
      const b = s.box;
      const hit = l.samples.find((p) => p.x > b.x + inset && p.x < right(b) - inset && p.y > b.y + inset && p.y < bottom(b) - inset);
      if (hit) faults.push({ kind: 'arrow', where: `link ${l.id}`, detail: `${l.from} → ${l.to} passes through step ${s.id} at (${hit.x.toFixed(0)}, ${hit.y.toFixed(0)})` });
    }
  }
  return faults;
}

export function outsideFaults(box: Box | null, text: MeasuredText): Fault[] {
  if (!box) return text.lines.length > 0 ? [{ kind: 'outside', where: text.where, detail: 'text without a box' }] : [];
  return text.lines
    .filter((l) => !within(l.box, box, LIMITS.outsideTolerance))
    .map((l) => ({ kind: 'outside' as const, where: text.where, detail: `"${l.text}" ${fmt(l.box)} outside its box ${fmt(box)}` }));
}

export function periodFaults(axis: Measured['axis'], s: MeasuredStep): Fault[] {
  const where = `step ${s.id}`;
  const { first, last } = truePeriod(s.start, s.end);
  const want = `${first}/${last}`;
  if (s.periods.length === 0) return [{ kind: 'period', where, detail: `no data-period mark for ${want}` }];
  const marks = s.periods.filter((p) => p.value === want);
  if (marks.length === 0) return [{ kind: 'period', where, detail: `data-period ${s.periods.map((p) => p.value).join(', ')}, the step's dates are ${want}` }];
  if (!axis) return [];
  const x0 = xOfDay(axis, first);
  const x1 = xOfDay(axis, iso(utcOf(last) + DAY));
  const tol = LIMITS.periodTolerance;
  const ok = (b: Box) => (first === last ? Math.abs(b.x + b.width / 2 - (x0 + x1) / 2) <= tol : Math.abs(b.x - x0) <= tol && Math.abs(right(b) - x1) <= tol);
  if (marks.some((m) => ok(m.box))) return [];
  const b = marks[0]!.box;
  const detail =
    first === last
      ? `the mark of ${first} is centred at x ${(b.x + b.width / 2).toFixed(1)}, the day's middle is ${((x0 + x1) / 2).toFixed(1)}`
      : `the bar of ${want} runs ${b.x.toFixed(1)}…${right(b).toFixed(1)}, the dates ${x0.toFixed(1)}…${x1.toFixed(1)}`;
  return [{ kind: 'period', where, detail }];
}

/** Every fault of a measured diagram. `ordinary`: also the slide shape and fitted text size. */
export function findFaults(m: Measured, options: { ordinary: boolean }): Fault[] {
  const faults: Fault[] = [];
  if (!m.axis) faults.push({ kind: 'axis', where: 'axis', detail: 'no data-axis-start / data-axis-end / data-x0 / data-x1 on <g data-part="axis">' });
  for (const s of m.steps) {
    faults.push(...textFaults(s.text), ...outsideFaults(s.box, s.text), ...periodFaults(m.axis, s));
    if (!s.box) faults.push({ kind: 'text', where: `step ${s.id}`, detail: 'no box drawn' });
  }
  for (const l of m.linkLabels) faults.push(...textFaults(l.text), ...outsideFaults(l.box, l.text));
  for (const t of m.texts) faults.push(...textFaults(t));
  faults.push(...arrowFaults(m.links, m.steps));
  faults.push(
    ...overlapFaults([
      ...m.occupants,
      ...m.linkLabels.map((l) => ({ kind: 'link-label' as const, id: l.id, label: l.text.source ?? '', box: l.box })),
      ...m.steps.filter((s) => s.box).map((s) => ({ kind: 'step' as const, id: s.id, label: s.text.source ?? '', box: s.box! })),
    ]),
  );
  if (m.width < LIMITS.minWidth) faults.push({ kind: 'narrow', where: 'svg', detail: `${m.width} px wide at zoom 1` });
  if (options.ordinary) {
    const ratio = m.width / m.height;
    if (ratio < LIMITS.ratio[0] || ratio > LIMITS.ratio[1])
      faults.push({ kind: 'ratio', where: 'svg', detail: `${m.width.toFixed(0)} × ${m.height.toFixed(0)}: width/height ${ratio.toFixed(2)}` });
    const scale = Math.min(LIMITS.screen.width / m.width, LIMITS.screen.height / m.height);
    const sizes = m.steps.flatMap((s) => s.text.lines.map((l) => l.size));
    const smallest = Math.min(...sizes);
    if (sizes.length > 0 && smallest * scale < LIMITS.minStepTextPx)
      faults.push({ kind: 'small-text', where: 'svg', detail: `step text ${smallest} px × ${scale.toFixed(3)} = ${(smallest * scale).toFixed(1)} px on 1920 × 1080` });
  }
  return faults;
}

/** Fault counts by kind. */
export function countFaults(faults: readonly Fault[]): Record<FaultKind, number> {
  const counts = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  for (const f of faults) counts[f.kind]++;
  return counts;
}

/** A Markdown table: one row per diagram, one column per fault kind, and a total row. */
export function faultTable(rows: readonly { name: string; faults: readonly Fault[] }[], kinds: readonly FaultKind[] = FAULT_KINDS): string {
  const total = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<FaultKind, number>;
  const out = [`| diagram | ${kinds.join(' | ')} |`, `| --- | ${kinds.map(() => '---:').join(' | ')} |`];
  for (const r of rows) {
    const c = countFaults(r.faults);
    for (const k of kinds) total[k] += c[k];
    out.push(`| ${r.name} | ${kinds.map((k) => c[k]).join(' | ')} |`);
  }
  out.push(`| **total** | ${kinds.map((k) => `**${total[k]}**`).join(' | ')} |`);
  return out.join('\n');
}
