/** Swedish: every word of the UI (loaded when the person chooses it). */
import type { Translation } from '../translation';

export const sv = {
  confirmReplace: 'Diagrammet är inte sparat i en fil. Om du öppnar ett annat diagram ersätts ändringarna även i webbläsaren. Öppna ändå?',
  confirmReplaceYes: 'Öppna ändå',
  confirmReplaceTitle: 'Öppna ett annat diagram?',
  cancel: 'Avbryt',
  openFailed: 'Det gick inte att öppna filen: {{reason}}',
  undo: 'Ångra',
  redo: 'Gör om',
  linkRefused: 'Pilen lades inte till: kopplingen finns redan eller skulle leda från steget till sig självt.',
  /** fitting a laptop: the minimap's buttons and the forms' technical section */
  laptop: {
    mapHint: 'Översiktskarta vid inzoomning (i ett hörn utan steg)',
    hideMap: 'Dölj översiktskartan',
    advanced: 'Mer',
  },


  diagrams: {
    button: 'Mina diagram',
  },
  templates: {
    button: 'Mallar',
    buttonTitle: 'Ny från mall: börja från en färdig delaktighetsväg',
  },
  presentButton: 'Presentera',
  presentButtonTitle: 'Presentera stigen i helskärm fas för fas och samla rummets kommentarer och röster',
  exportButton: 'Exportera',
  exportButtonTitle: 'Exportera diagrammet som bild eller för utskrift: SVG, PNG, PDF',
  shareButton: 'Dela länk',
  shareButtonTitle: 'Dela diagrammet som länk: diagrammet följer med inne i länken, inte via någon server',
  addStep: 'Lägg till steg',
  addStepTitle: 'Lägg till ett steg på det valda stegets nivå eller på den första nivån, mitt i vyn',
  phaseEdge: 'Dra för att ändra datumen för fasen ”{{title}}”',
  arrows: {
    /** shown beside the source step while an arrow is being made (by mouse or L) */
    hint: 'Välj målsteg — Esc avbryter',
  },
  rf: {
    nodeDescription:
      'Steg i diagrammet. Tabb flyttar till nästa steg i tidsordning. Piltangenterna flyttar steget en månad eller en nivå, Skift+vänster eller höger ändrar dess slut. Enter redigerar, L börjar och avslutar en pil, N lägger till ett steg efter, / söker ett steg med namn, Delete tar bort.',
    edgeDescription: 'Koppling mellan två steg.',
    handle: 'Kopplingspunkt',
    minimap: 'Översiktskarta',
    controls: 'Vyns kontroller',
  },
  appName: 'Polku',
  appTagline: 'Redigerare för delaktighetsstigar',
  toolbar: 'Verktyg',
  open: 'Öppna',
  save: 'Spara',
  fitView: 'Anpassa till vyn',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  find: {
    button: 'Sök steg',
    shortcut: 'Sök steg (/)',
  },
  language: 'Språk',
  languages: { fi: 'suomi', sv: 'svenska', en: 'English' },
  canvas: 'Delaktighetsstig: {{title}}',
  minimap: 'Översiktskarta',
  controls: 'Vyns kontroller',
  dropHint: 'Släpp filen här för att öppna den',
  step: 'Steg',
  stepLabel: '{{title}} ({{lane}}, {{period}})',
  linkLabel: 'Koppling: {{from}} → {{to}}',
  openedFile: 'Öppnad: {{name}}',
  savedFile: 'Sparad: {{name}}',
  defaultDiagram: 'Standarddiagram',
  saveFailed: 'Det gick inte att spara: {{reason}}',
  editsUnavailable: 'Redigeringen kan inte användas ännu: dess kod gick inte att ladda (nätverket?). Diagrammet är sparat; försök igen om en stund.',
  close: 'Stäng',
  unknownError: 'okänt fel',
  persistence: {
    status: {
      'saved-in-browser': 'Sparat i webbläsaren',
      saving: 'Sparar i webbläsaren…',
      failed: 'Inte sparat i webbläsaren',
    },
    file: { saved: 'sparat i en fil', notSaved: 'inte sparat i en fil' },
    full: 'Webbläsarens lagringsutrymme är fullt, så diagrammet kunde inte sparas i webbläsaren. Det är fortfarande öppet här. Spara det i en fil så att arbetet inte går förlorat.',
    unavailable: 'Webbläsaren tillåter inte att diagrammet sparas (till exempel i ett privat fönster). Det är öppet här, men finns kvar bara om du sparar det i en fil.',
    failed: 'Det gick inte att spara diagrammet i webbläsaren: {{reason}}. Det är fortfarande öppet här. Spara det i en fil så att arbetet inte går förlorat.',
    versionFull: 'Webbläsarens lagringsutrymme är fullt, så ingen version sparades. Ändringen är ändå sparad.',
    versionFailed: 'Ingen version sparades: {{reason}}. Ändringen är ändå sparad.',
  },
  /** the recovery screen, shown when drawing the page failed */
  recovery: {
    title: 'Polku stötte på ett fel',
    text: 'Vyn kunde inte ritas. Diagrammet finns kvar i den här fliken och i webbläsaren. Spara det som en fil eller ladda om sidan.',
    error: 'Fel: {{message}}',
    save: 'Spara som fil',
    reload: 'Ladda om sidan',
  },
  guide: {
    helpButton: 'Hjälp',
    helpButtonTitle: 'Tangenter och gester (? eller F1)',
    emptyLane: 'Dubbelklicka på nivån för att lägga till ett steg',
    example: 'Exempeldiagram',
    exampleText: 'Det här är ett exempel. Prova och ändra det fritt – eller börja en egen stig från början.',
    startOwn: 'Börja eget',
  },
  /** the toolbar's Diagram and New buttons; the panels' own words are in ../panels.ts, loaded with them */
  panels: {
    documentButton: 'Diagram',
    documentButtonTitle: 'Diagrammets uppgifter: rubrik, nivåer, faser, grad och teckenförklaring',
    cancel: 'Avbryt',
    newButton: 'Nytt',
    newConfirmTitle: 'Nytt diagram',
    newConfirmText:
      'Vill du börja ett nytt diagram? Osparade ändringar bevaras bara om du först sparar dem i en fil.',
    newConfirm: 'Börja nytt',
  },

} as const satisfies Translation;
