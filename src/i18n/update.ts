/**
 * Words of "A new version is available – Update" (src/ui/UpdateBanner.tsx), under the key `update`;
 * loaded with the banner, when a new version has installed.
 */
export const updateMessages = {
  fi: {
    message: 'Uusi versio saatavilla',
    apply: 'Päivitä',
    waitSaving: 'Päivitä, kun muutokset on tallennettu selaimeen.',
    waitFailed: 'Muutoksia ei ole tallennettu selaimeen: tallenna kaavio tiedostoon ennen päivittämistä.',
    waitPresent: 'Päivitä, kun esitys on päättynyt.',
  },
  sv: {
    message: 'En ny version finns',
    apply: 'Uppdatera',
    waitSaving: 'Uppdatera när ändringarna har sparats i webbläsaren.',
    waitFailed: 'Ändringarna har inte sparats i webbläsaren: spara diagrammet i en fil innan du uppdaterar.',
    waitPresent: 'Uppdatera när presentationen är slut.',
  },
  en: {
    message: 'A new version is available',
    apply: 'Update',
    waitSaving: 'Update once your changes are stored in the browser.',
    waitFailed: 'Your changes are not stored in the browser: save the diagram to a file before updating.',
    waitPresent: 'Update once the presentation has ended.',
  },
};
