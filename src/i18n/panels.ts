/** Words of the diagram panels (document, lanes, phases, depth band, legend), under the key `panels`. */
export const panelMessages = {
  fi: {},
  sv: {},
  en: {},
} as const;
