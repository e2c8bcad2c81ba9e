/**
 * Text measurement and line breaking for the diagram (no DOM). The layout,
 * the screen and every export use these so that all draw identical lines.
 */
export { measureText, fontExtents, type FontSpec } from './measure.ts';
export { FONT_FAMILY } from './metrics.ts';
export {
  breakLines,
  breakLinesDetailed,
  clearBreakCache,
  type BreakOptions,
  type LineEnd,
  type TextLine,
} from './breakLines.ts';
export { findBreaks, showBreaks, drawsHyphen, type BreakKind, type BreakOpportunity } from './hyphenate.ts';
export { registerPatterns, loadPatterns, hasPatterns, patternsVersion, type TextLang } from './patterns.ts';
export { lineFaults, type LineFault, type LineFaultKind, type LineFaultOptions } from './lineFaults.ts';
export { fitWidth, legalAt, type Fit, type FitOptions } from './fitWidth.ts';
