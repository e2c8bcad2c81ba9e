/**
 * Words of the banner that another tab changed the diagram (src/ui/OtherTabBanner.tsx), under the key
 * `otherTab`; loaded with the banner, when that happens.
 */
export const otherTabMessages = {
  fi: {
    message: 'Polku on auki toisessa välilehdessä, jossa kaavio muuttui. Lataa se tähän välilehteen?',
    load: 'Lataa',
    keep: 'Pidä tämä',
  },
  sv: {
    message: 'Polku är öppet i en annan flik där diagrammet ändrades. Vill du läsa in det i den här fliken?',
    load: 'Läs in',
    keep: 'Behåll det här',
  },
  en: {
    message: 'Polku is open in another tab where the diagram changed. Load it into this tab?',
    load: 'Load',
    keep: 'Keep this one',
  },
};
