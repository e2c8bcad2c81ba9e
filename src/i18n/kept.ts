/**
 * Words of the notice of stored records this build could not read (kept aside, never written over).
 * Loaded with that notice (key `kept`), only when there is a kept record to tell about.
 */
export const keptMessages = {
  fi: {
    heading: 'Selaimeen tallennettu kaavio on tallessa',
    newer:
      'Selaimeen tallennettua kaaviota ei voitu lukea: se on tehty Polun uudemmalla versiolla (muoto {{version}}). Se on tallessa; voit ladata sen tiedostona.',
    migration:
      'Selaimeen tallennettua kaaviota ei voitu lukea: sen muuntaminen Polun vanhemmasta muodosta epäonnistui ({{detail}}). Se on tallessa; voit ladata sen tiedostona.',
    damaged: 'Selaimeen tallennettua kaaviota ei voitu lukea: se on vioittunut. Se on tallessa; voit ladata sen tiedostona.',
    unread:
      'Kun Polku avautui, selaimeen tallennettua kaaviota ei saatu luettua ajoissa, ja Polku aloitti ilman sitä. Se on tallessa; voit ladata sen tiedostona.',
    download: 'Lataa tallennettu kaavio',
    discard: 'Poista',
    discardTitle: 'Poistetaanko tallessa oleva kaavio?',
    discardMessage: 'Poistettua kaaviota ei voi palauttaa. Lataa se ensin tiedostona, jos haluat säilyttää sen.',
    discardConfirm: 'Poista pysyvästi',
    close: 'Sulje',
    closeTitle: 'Piilota ilmoitus: kaavio pysyy tallessa, ja ilmoitus palaa, kun avaat Polun uudelleen',
    fileSuffix: 'tallessa',
    downloaded: 'Ladattu: {{name}}',
    failed: 'Ei onnistunut: {{reason}}',
  },
  sv: {
    heading: 'Diagrammet som sparats i webbläsaren finns kvar',
    newer:
      'Diagrammet som sparats i webbläsaren kunde inte läsas: det är gjort med en nyare version av Polku (format {{version}}). Det finns kvar; du kan ladda ner det som en fil.',
    migration:
      'Diagrammet som sparats i webbläsaren kunde inte läsas: det gick inte att konvertera det från ett äldre format i Polku ({{detail}}). Det finns kvar; du kan ladda ner det som en fil.',
    damaged: 'Diagrammet som sparats i webbläsaren kunde inte läsas: det är skadat. Det finns kvar; du kan ladda ner det som en fil.',
    unread:
      'När Polku öppnades kunde diagrammet som sparats i webbläsaren inte läsas i tid, och Polku började utan det. Det finns kvar; du kan ladda ner det som en fil.',
    download: 'Ladda ner det sparade diagrammet',
    discard: 'Radera',
    discardTitle: 'Radera det sparade diagrammet?',
    discardMessage: 'Ett raderat diagram kan inte återställas. Ladda först ner det som en fil om du vill behålla det.',
    discardConfirm: 'Radera för gott',
    close: 'Stäng',
    closeTitle: 'Dölj meddelandet: diagrammet finns kvar, och meddelandet visas igen när du öppnar Polku nästa gång',
    fileSuffix: 'sparat',
    downloaded: 'Nedladdat: {{name}}',
    failed: 'Det lyckades inte: {{reason}}',
  },
  en: {
    heading: 'The diagram stored in this browser is kept',
    newer:
      'The diagram stored in this browser could not be read: it was made with a newer version of Polku (format {{version}}). It is kept; you can download it as a file.',
    migration:
      'The diagram stored in this browser could not be read: converting it from an older Polku format failed ({{detail}}). It is kept; you can download it as a file.',
    damaged: 'The diagram stored in this browser could not be read: it is damaged. It is kept; you can download it as a file.',
    unread: 'When Polku opened, the diagram stored in this browser could not be read in time, and Polku began without it. It is kept; you can download it as a file.',
    download: 'Download the stored diagram',
    discard: 'Delete',
    discardTitle: 'Delete the stored diagram?',
    discardMessage: 'A deleted diagram cannot be restored. Download it as a file first if you want to keep it.',
    discardConfirm: 'Delete for good',
    close: 'Close',
    closeTitle: 'Hide this notice: the diagram stays kept, and the notice returns when you next open Polku',
    fileSuffix: 'kept',
    downloaded: 'Downloaded: {{name}}',
    failed: 'It did not work: {{reason}}',
  },
} as const;
