/** What the live region says at a stop: "Vaihe 2/4: Aluevaltuusto: valmistelu". Pure, given `t`. */
import type { TFunction } from 'i18next';
import type { Stop } from '../../layout/stops';
import type { Diagram } from '../../model/types';

/** A title as one line of plain text: no soft hyphens, typed line breaks as spaces. */
export const plainText = (s: string) => s.replace(/\u00ad/g, '').replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function stopLabel(d: Diagram, stop: Stop | undefined, t: TFunction): string {
  if (stop === undefined || stop.kind === 'title') return t('present.stop.title', { title: plainText(d.title) });
  if (stop.kind === 'rest') return t('present.stop.rest', { count: stop.stepIds.length });
  const n = stop.index + 1;
  if (stop.kind === 'phase') {
    const p = d.phases.find((x) => x.id === stop.phaseId);
    return t('present.stop.phase', { n, count: stop.count, title: plainText(p?.title ?? stop.phaseId) });
  }
  const s = d.steps.find((x) => x.id === stop.stepId);
  return t('present.stop.step', { n, count: stop.count, title: plainText(s?.title ?? stop.stepId) });
}
