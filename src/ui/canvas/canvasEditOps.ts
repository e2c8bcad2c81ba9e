/** The operations canvasEdits.ts loads on first use (straight from their modules, not the operations' index). */
export { pasteClip } from '../../model/operations/clipboard';
export { addLink } from '../../model/operations/links';
export { shiftDate } from '../../model/operations/months';
export { shiftPhaseEdges } from '../../model/operations/phases';
export { addStep, deleteSteps, moveSteps, resizeStepEnd } from '../../model/operations/steps';
export { addStepAfter, addStepAt, copySelection, finishLink, moveByKey, pasteSteps, resizeByKey } from './keyEdits';
export { beginDrag, dragTo, dropDrag } from './stepDrag';
