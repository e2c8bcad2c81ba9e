/** The messages between the page and the routing worker (route.worker.ts). */
import type { ContentLanguage, Link } from '../model/types';
import type { LaneGeometry, LinkGeometry, StepGeometry } from './geometry';

/** What routeLinks takes, and whether the page had hyphenation patterns for the language. */
export type RouteJob = {
  id: number;
  links: readonly Link[];
  lanes: readonly LaneGeometry[];
  steps: readonly StepGeometry[];
  x0: number;
  x1: number;
  lang: ContentLanguage;
  patterns: boolean;
};

export type RouteDone =
  | { id: number; ok: true; links: LinkGeometry[]; lanes: LaneGeometry[]; dy: Float64Array; bottom: number; ms: number }
  | { id: number; ok: false; message: string };
