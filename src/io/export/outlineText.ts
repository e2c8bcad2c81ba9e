/**
 * The diagram's outline as plain text (phase → lane → step (period) → its
 * arrows, then the depth band, the legend and the credit), for an exported
 * image's <desc>. In the diagram's own language: apart from its titles and
 * dates it uses only symbols and two words of the content language.
 */
import { oneLine } from '../../model/oneLine';
import { outlineOf, type OutlineStep } from '../../layout/outline';
import type { ContentLanguage, Diagram } from '../../model/types';

/** Words written into the outline, in the diagram's language (as the layout writes month names). */
const WORDS: Record<ContentLanguage, { other: string; legend: string }> = {
  fi: { other: 'Muut', legend: 'Selite' },
  sv: { other: 'Övriga', legend: 'Förklaring' },
  en: { other: 'Other', legend: 'Legend' },
};

const INDENT = '  ';

function stepLines(s: OutlineStep, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const mark = s.legend !== null ? ` ■ ${oneLine(s.legend)}` : '';
  return [`${pad}${oneLine(s.title)} (${s.period})${mark}`, ...s.to.map((t) => `${pad}${INDENT}→ ${oneLine(t)}`)];
}

export function outlineText(d: Diagram): string {
  const o = outlineOf(d);
  const words = WORDS[d.language ?? 'fi'];
  const out: string[] = [oneLine(o.title)];
  if (o.subtitle) out.push(oneLine(o.subtitle));
  for (const p of o.phases) {
    out.push('');
    out.push(p.id === null ? words.other : `${oneLine(p.title)} (${p.period})`);
    for (const lane of p.lanes) {
      out.push(`${INDENT}${oneLine(lane.title)}`);
      for (const s of lane.steps) out.push(...stepLines(s, 2));
    }
  }
  if (o.depth) {
    out.push('', oneLine(o.depth.title));
    for (const l of o.depth.levels) out.push(`${INDENT}${l.at}: ${oneLine(l.title)}`);
  }
  if (o.legend.length > 0) {
    out.push('', words.legend);
    for (const l of o.legend) out.push(`${INDENT}■ ${oneLine(l.title)}`);
  }
  if (o.source) out.push('', oneLine(o.source));
  return out.join('\n');
}
