/**
 * Words of the dialog that lists why a file or a link was refused (src/ui/ProblemsDialog.tsx), added to the
 * key `refused` when it loads (the problems' own messages are in problemMessages.ts).
 */
export const refusedMessages = {
  fi: {
    fileTitle: 'Tiedostoa ei voitu avata',
    fileIntro_one: 'Tiedostossa {{name}} on {{count}} ongelma. Avoinna oleva kaavio ei muuttunut.',
    fileIntro_other: 'Tiedostossa {{name}} on {{count}} ongelmaa. Avoinna oleva kaavio ei muuttunut.',
    linkTitle: 'Linkkiä ei voitu avata',
    linkIntro_one: 'Jaetussa linkissä on {{count}} ongelma. Avoinna oleva kaavio ei muuttunut.',
    linkIntro_other: 'Jaetussa linkissä on {{count}} ongelmaa. Avoinna oleva kaavio ei muuttunut.',
  },
  sv: {
    fileTitle: 'Filen kunde inte öppnas',
    fileIntro_one: 'Filen {{name}} har {{count}} problem. Det öppna diagrammet ändrades inte.',
    fileIntro_other: 'Filen {{name}} har {{count}} problem. Det öppna diagrammet ändrades inte.',
    linkTitle: 'Länken kunde inte öppnas',
    linkIntro_one: 'Den delade länken har {{count}} problem. Det öppna diagrammet ändrades inte.',
    linkIntro_other: 'Den delade länken har {{count}} problem. Det öppna diagrammet ändrades inte.',
  },
  en: {
    fileTitle: 'The file could not be opened',
    fileIntro_one: 'The file {{name}} has {{count}} problem. The open diagram did not change.',
    fileIntro_other: 'The file {{name}} has {{count}} problems. The open diagram did not change.',
    linkTitle: 'The link could not be opened',
    linkIntro_one: 'The shared link has {{count}} problem. The open diagram did not change.',
    linkIntro_other: 'The shared link has {{count}} problems. The open diagram did not change.',
  },
};
