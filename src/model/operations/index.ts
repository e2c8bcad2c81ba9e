/**
 * The model's edit operations: pure functions from a Diagram (and the edit's
 * arguments) to an EditResult. Every edit the UI offers goes through these.
 *
 * - The input is never changed; unchanged objects are shared with the result.
 * - The result always satisfies docs/FORMAT.md: what an edit touches is
 *   checked with the reader's own schema (schema.ts) and reference rules.
 * - A refused edit returns every problem, each with a path to the field as
 *   the reader reports it (`['steps', 3, 'end']`; for a new object, the place
 *   it would have had), and changes nothing.
 * - An edit that changes nothing returns the input diagram itself, so a
 *   store can skip the undo entry.
 * - Unknown properties of the objects touched are kept.
 * - In patches, an absent (or undefined) property is left as it is and null
 *   removes an optional one; for optional text, the empty string removes it
 *   too.
 * - Created objects get readable ids unique in the document (ids.ts);
 *   `created` lists them.
 * - An id that names nothing is refused with `unknownLane`, `unknownLegend`
 *   or `unknownStep` at the list's path; phases and links have no such code
 *   and report `id`.
 */
export { type EditResult } from './result.ts';
export { collectIds, copyBase, createIdAllocator, slugify, uniqueId, type IdAllocator } from './ids.ts';
export { addDays, addMonths, shiftDate, wholeMonths, type DateShift, type MonthShift } from './months.ts';
export { setAxis, setAxisMode, setDescription, setLanguage, setSource, setSubtitle, setTitle } from './document.ts';
export { addLane, deleteLane, moveLane, updateLane, type LanePatch } from './lanes.ts';
export { addPhase, deletePhase, shiftPhaseEdges, updatePhase, type PhaseEdges, type PhasePatch } from './phases.ts';
export {
  addStep,
  deleteStep,
  deleteSteps,
  duplicateStep,
  moveStep,
  moveSteps,
  resizeStepEnd,
  updateStep,
  type NewStep,
  type StepPatch,
} from './steps.ts';
export { addLink, deleteLink, reverseLink, updateLink } from './links.ts';
export { addDepthLevel, removeDepthLevel, setDepth, setDepthTitle, updateDepthLevel } from './depth.ts';
export { addLegendEntry, deleteLegendEntry, updateLegendEntry, type LegendEntryPatch } from './legend.ts';
export { copySteps, isClip, pasteClip, type Clip, type PasteOptions } from './clipboard.ts';
// newDiagram.ts (a new diagram from the start dialog, the band "Add depth band" gives) is imported from its
// own module: only the parts loaded on demand use it, and a re-export here would load it with the app.
export {
  addComment,
  addVote,
  deleteComment,
  removeVote,
  setNotes,
  type NewComment,
  type WorkshopTarget,
} from './workshop.ts';
export { renameId, type IdCollection } from './renameId.ts';
