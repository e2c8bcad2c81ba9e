/** Words of the template gallery ("Uusi mallista"), under the key `gallery`; loaded with the gallery (the toolbar button's words are in locale/, `templates`). */
export const galleryMessages = {
  fi: {
    heading: 'Uusi mallista',
    intro: 'Valitse malli, josta aloitat. Se avautuu uutena kaaviona, jota voit muokata ja tallentaa omaksesi.',
    list: 'Mallit',
    close: 'Sulje',
    opened: 'Avattu malli: {{title}}',
    failed: 'Mallia ei voitu avata: {{reason}}',
  },
  sv: {
    heading: 'Ny från mall',
    intro: 'Välj en mall att börja från. Den öppnas som ett nytt diagram som du kan redigera och spara som ditt eget.',
    list: 'Mallar',
    close: 'Stäng',
    opened: 'Mallen öppnades: {{title}}',
    failed: 'Mallen kunde inte öppnas: {{reason}}',
  },
  en: {
    heading: 'New from template',
    intro: 'Choose a template to start from. It opens as a new diagram that you can edit and save as your own.',
    list: 'Templates',
    close: 'Close',
    opened: 'Opened template: {{title}}',
    failed: 'The template could not be opened: {{reason}}',
  },
} as const;
