/** The UI's languages, Finnish first (the words are in locale/; content of diagrams is never translated). */
export type UiLanguage = 'fi' | 'sv' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['fi', 'sv', 'en'];
