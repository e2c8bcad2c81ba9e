/**
 * Words of the Find step dialog (src/ui/canvas/FindStepDialog.tsx), added to the key `find` (whose button
 * words are in locale/) when the dialog first opens.
 */
export const findMessages = {
  fi: {
    title: 'Etsi askel',
    query: 'Askeleen nimi',
    results: 'Löydetyt askeleet',
    count_one: '{{count}} askel',
    count_other: '{{count}} askelta',
    none: 'Ei askelta tällä nimellä.',
    go: 'Siirry',
    cancel: 'Peruuta',
    option: '{{title}} — {{lane}}, {{period}}',
  },
  sv: {
    title: 'Sök steg',
    query: 'Stegets namn',
    results: 'Hittade steg',
    count_one: '{{count}} steg',
    count_other: '{{count}} steg',
    none: 'Inga steg med det namnet.',
    go: 'Gå till',
    cancel: 'Avbryt',
    option: '{{title}} — {{lane}}, {{period}}',
  },
  en: {
    title: 'Find step',
    query: 'Step name',
    results: 'Steps found',
    count_one: '{{count}} step',
    count_other: '{{count}} steps',
    none: 'No step by that name.',
    go: 'Go',
    cancel: 'Cancel',
    option: '{{title}} — {{lane}}, {{period}}',
  },
};
