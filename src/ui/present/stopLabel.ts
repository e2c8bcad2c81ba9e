/** What the live region says at a stop: "Vaihe 2/4: Aluevaltuusto: valmistelu". Pure, given `t`. */
import type { TFunction } from 'i18next';
import type { Stop } from '../../layout/stops';
import type { Diagram } from '../../model/types';
import { periodLabel } from '../../layout/contentText';
import { oneLine } from '../../model/oneLine';

export function stopLabel(d: Diagram, stop: Stop | undefined, t: TFunction): string {
  if (stop === undefined || stop.kind === 'title') return t('present.stop.title', { title: oneLine(d.title) });
  if (stop.kind === 'rest') return t('present.stop.rest', { count: stop.stepIds.length });
  const n = stop.index + 1;
  if (stop.kind === 'phase') {
    const p = d.phases.find((x) => x.id === stop.phaseId);
    return t('present.stop.phase', { n, count: stop.count, title: oneLine(p?.title ?? stop.phaseId) });
  }
  const s = d.steps.find((x) => x.id === stop.stepId);
  return t('present.stop.step', { n, count: stop.count, title: oneLine(s?.title ?? stop.stepId) });
}

/**
 * Beside a step's label: the phase it belongs to, with its dates ("Aluevaltuusto:
 * valmistelu · 3/2022–12/2022") — a step's close-up may leave the phase
 * headers out of view. Null at other stops and for steps outside the phases.
 */
export function stopContext(d: Diagram, stop: Stop | undefined): string | null {
  if (stop?.kind !== 'step' || stop.phaseId === null) return null;
  const p = d.phases.find((x) => x.id === stop.phaseId);
  return p ? `${oneLine(p.title)} · ${periodLabel(d.language ?? 'fi', p.start, p.end)}` : null;
}
