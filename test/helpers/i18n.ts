/** Every language's words at once, for tests (the app loads Swedish and English on demand). */
import { problemMessages } from '../../src/i18n/problemMessages';
import { addMessages, createI18n } from '../../src/i18n/setup';
import { en } from '../../src/i18n/locale/en';
import { fi } from '../../src/i18n/locale/fi';
import { sv } from '../../src/i18n/locale/sv';
import type { UiLanguage } from '../../src/i18n/ui';

export const translations = { fi, sv, en } as const;

/** The app's i18n instance in `lng`, with all three languages (and the problem messages, which the app loads when first needed). */
export function createTestI18n(lng: UiLanguage) {
  const instance = createI18n(lng, translations);
  addMessages(instance, 'problem', problemMessages);
  return instance;
}
