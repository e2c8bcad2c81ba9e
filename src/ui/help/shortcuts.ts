/**
 * Every key and gesture of the editor and of present mode, as the help
 * dialog lists them. Gathered from where they are handled:
 * src/ui/useShortcuts.ts (undo, redo, save, open, copy, paste, Delete,
 * Escape), src/ui/canvas/KeyboardLayer.tsx and keyboard.ts (a focused step's
 * arrows, Shift+arrows, Enter, L, N, Tab), FindStep.tsx (/), TextField.tsx
 * (Enter, Escape, Shift+Enter, Ctrl+-), DiagramCanvas.tsx and React Flow
 * (double-click, drags, wheel, Space and Shift selection), FileDrop.tsx,
 * usePointerGesture.ts (Escape during a drag), PhaseEdges.tsx,
 * HelpButton.tsx (?, F1) and present mode's commandOfKey (channel.ts).
 *
 * A way is a list of alternatives; an alternative is the keys pressed
 * together. A key is a name (`Mod` is Ctrl, or ⌘ on a Mac; `ArrowLeft` …),
 * a character as typed (`L`, `/`), or a gesture (`@dragStep`), written out
 * in words.
 */
import type { PresentCommand } from '../present/channel';

export type Combo = readonly string[];

export type HelpItem = {
  /** the key of its words under `help.items` */
  readonly what: string;
  readonly ways: readonly Combo[];
  /** ways shown only off a Mac (Ctrl+Y redoes there; a Mac redoes with ⌘⇧Z) */
  readonly notOnMac?: readonly Combo[];
  /** present mode: the command every one of its keys gives */
  readonly command?: PresentCommand;
};

export type HelpGroup = { readonly id: 'edit' | 'arrows' | 'move' | 'view' | 'present'; readonly items: readonly HelpItem[] };

export const HELP_GROUPS: readonly HelpGroup[] = [
  {
    id: 'edit',
    items: [
      { what: 'addHere', ways: [['@dblclickLane']] },
      { what: 'addAfter', ways: [['N']] },
      { what: 'open', ways: [['@clickStep']] },
      { what: 'edit', ways: [['Enter']] },
      { what: 'delete', ways: [['Delete'], ['Backspace']] },
      { what: 'copy', ways: [['Mod', 'C']] },
      { what: 'paste', ways: [['Mod', 'V']] },
      { what: 'undo', ways: [['Mod', 'Z']] },
      { what: 'redo', ways: [['Mod', 'Shift', 'Z']], notOnMac: [['Ctrl', 'Y']] },
      { what: 'save', ways: [['Mod', 'S']] },
      { what: 'openFile', ways: [['Mod', 'O'], ['@dropFile']] },
      { what: 'fieldEnter', ways: [['Enter']] },
      { what: 'fieldEscape', ways: [['Escape']] },
      { what: 'lineBreak', ways: [['Shift', 'Enter']] },
      { what: 'softHyphen', ways: [['Mod', '-']] },
    ],
  },
  {
    id: 'arrows',
    items: [
      { what: 'drawArrow', ways: [['@dragDot']] },
      { what: 'linkKey', ways: [['L']] },
      { what: 'linkCancel', ways: [['Escape']] },
      { what: 'arrowPanel', ways: [['@clickArrow']] },
    ],
  },
  {
    id: 'move',
    items: [
      { what: 'dragStep', ways: [['@dragStep']] },
      { what: 'moveMonth', ways: [['ArrowLeft'], ['ArrowRight']] },
      { what: 'moveLane', ways: [['ArrowUp'], ['ArrowDown']] },
      { what: 'moveEnd', ways: [['Shift', 'ArrowLeft'], ['Shift', 'ArrowRight']] },
      { what: 'dragEnd', ways: [['@dragEnd']] },
      { what: 'dragPhase', ways: [['@dragPhaseEdge']] },
      { what: 'select', ways: [['Space'], ['Shift', 'Space']] },
      { what: 'selectMany', ways: [['Shift', '@click'], ['Shift', '@drag']] },
      { what: 'escape', ways: [['Escape']] },
    ],
  },
  {
    id: 'view',
    items: [
      { what: 'find', ways: [['/']] },
      { what: 'tab', ways: [['Tab'], ['Shift', 'Tab']] },
      { what: 'pan', ways: [['@dragCanvas']] },
      { what: 'zoom', ways: [['@wheel']] },
      { what: 'help', ways: [['?'], ['F1']] },
    ],
  },
  {
    id: 'present',
    items: [
      { what: 'next', ways: [['ArrowRight'], ['ArrowDown'], ['Space'], ['PageDown'], ['Enter']], command: 'next' },
      { what: 'previous', ways: [['ArrowLeft'], ['ArrowUp'], ['PageUp'], ['Backspace']], command: 'previous' },
      { what: 'first', ways: [['Home']], command: 'first' },
      { what: 'last', ways: [['End']], command: 'last' },
      { what: 'blank', ways: [['B'], ['.']], command: 'blank' },
      { what: 'exit', ways: [['Escape']], command: 'exit' },
    ],
  },
];

/** The `KeyboardEvent.key` of a key name as the help writes it (`Space` → ' ', `B` → 'b' …). */
export function eventKeyOf(name: string): string {
  if (name === 'Space') return ' ';
  return name.length === 1 ? name.toLowerCase() : name;
}

/** Whether this browser runs on a Mac (or an iPad): ⌘ instead of Ctrl. */
export function isMac(nav: Pick<Navigator, 'platform' | 'userAgent'> | undefined = globalThis.navigator): boolean {
  if (!nav) return false;
  const platform = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad|ipod/i.test(platform) || /Macintosh|iPhone|iPad/.test(nav.userAgent ?? '');
}
