/** English: every word of the UI (loaded when the person chooses it). */
import type { Translation } from '../translation';

export const en = {
  confirmReplace: 'This diagram is not saved to a file. Opening another one replaces its changes in the browser too. Open anyway?',
  confirmReplaceYes: 'Open anyway',
  confirmReplaceTitle: 'Open another diagram?',
  cancel: 'Cancel',
  openFailed: 'Opening the file failed: {{reason}}',
  undo: 'Undo',
  redo: 'Redo',
  linkRefused: 'No arrow added: the link exists already or would lead from a step to itself.',
  /** fitting a laptop: the minimap's buttons and the forms' technical section */
  laptop: {
    mapHint: 'Mini map when zoomed in (in a corner free of steps)',
    hideMap: 'Hide mini map',
    advanced: 'Advanced',
  },


  diagrams: {
    button: 'My diagrams',
  },
  templates: {
    button: 'Templates',
    buttonTitle: 'New from template: start from a ready-made participation path',
  },
  presentButton: 'Present',
  presentButtonTitle: 'Present the path full screen, a phase at a time, and capture the room’s comments and votes',
  exportButton: 'Export',
  exportButtonTitle: 'Export the diagram as an image or for print: SVG, PNG, PDF',
  shareButton: 'Share link',
  shareButtonTitle: 'Share the diagram as a link: the diagram travels inside the link, through no server',
  addStep: 'Add step',
  addStepTitle: 'Add a step on the selected step’s level or the first level, in the middle of the view',
  phaseEdge: 'Drag to change the dates of phase “{{title}}”',
  arrows: {
    /** shown beside the source step while an arrow is being made (by mouse or L) */
    hint: 'Choose the target step — Esc cancels',
  },
  rf: {
    nodeDescription:
      'A step in the diagram. Tab moves to the next step in time order. The arrow keys move the step by a month or a level, Shift+Left or Right changes its end. Enter edits, L starts and ends an arrow, N adds a step after it, / finds a step by name, Delete deletes.',
    edgeDescription: 'A link between two steps.',
    handle: 'Connection point',
    minimap: 'Mini map',
    controls: 'View controls',
  },
  appName: 'Polku',
  appTagline: 'Participation path editor',
  toolbar: 'Tools',
  open: 'Open',
  save: 'Save',
  fitView: 'Fit to view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  find: {
    button: 'Find step',
    shortcut: 'Find step (/)',
  },
  language: 'Language',
  languages: { fi: 'suomi', sv: 'svenska', en: 'English' },
  canvas: 'Participation path: {{title}}',
  minimap: 'Mini map',
  controls: 'View controls',
  dropHint: 'Drop the file here to open it',
  step: 'Step',
  stepLabel: '{{title}} ({{lane}}, {{period}})',
  linkLabel: 'Link: {{from}} → {{to}}',
  openedFile: 'Opened: {{name}}',
  savedFile: 'Saved: {{name}}',
  defaultDiagram: 'Default diagram',
  saveFailed: 'Saving failed: {{reason}}',
  editsUnavailable: 'Editing is not available yet: its code could not be loaded (network?). The diagram is safe; try again in a moment.',
  close: 'Close',
  unknownError: 'unknown error',
  persistence: {
    status: {
      'saved-in-browser': 'Saved in the browser',
      saving: 'Saving in the browser…',
      failed: 'Not saved in the browser',
    },
    file: { saved: 'saved to a file', notSaved: 'not saved to a file' },
    full: "The browser's storage is full, so the diagram could not be saved in the browser. It is still open here. Save it to a file so that the work is not lost.",
    unavailable: 'The browser does not allow saving the diagram (in a private window, for example). It is open here, but it is kept only if you save it to a file.',
    failed: 'Saving the diagram in the browser failed: {{reason}}. It is still open here. Save it to a file so that the work is not lost.',
    versionFull: 'The browser storage is full, so no version was kept. The change itself is stored.',
    versionFailed: 'No version was kept: {{reason}}. The change itself is stored.',
  },
  /** the recovery screen, shown when drawing the page failed */
  recovery: {
    title: 'Polku ran into an error',
    text: 'The view could not be drawn. The diagram is still here in this tab and in the browser. Save it as a file or reload the page.',
    error: 'Error: {{message}}',
    save: 'Save as a file',
    reload: 'Reload the page',
  },
  guide: {
    helpButton: 'Help',
    helpButtonTitle: 'Keys and gestures (? or F1)',
    emptyLane: 'Double-click the level to add a step',
    example: 'Example diagram',
    exampleText: 'This is an example. Try it out and change it freely – or start a path of your own from scratch.',
    startOwn: 'Start your own',
  },
  /** the toolbar's Diagram and New buttons; the panels' own words are in ../panels.ts, loaded with them */
  panels: {
    documentButton: 'Diagram',
    documentButtonTitle: 'The diagram: title, lanes, phases, depth band and legend',
    cancel: 'Cancel',
    newButton: 'New',
    newConfirmTitle: 'New diagram',
    newConfirmText:
      'Start a new diagram? Unsaved changes are kept only if you first save them to a file.',
    newConfirm: 'Start new',
  },

} as const satisfies Translation;
