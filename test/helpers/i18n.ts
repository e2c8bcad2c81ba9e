/** Every language's words at once, for tests (the app loads Swedish and English on demand). */
import { createI18n } from '../../src/i18n/setup';
import { en } from '../../src/i18n/locale/en';
import { fi } from '../../src/i18n/locale/fi';
import { sv } from '../../src/i18n/locale/sv';
import type { UiLanguage } from '../../src/i18n/ui';

export const translations = { fi, sv, en } as const;

/** The app's i18n instance in `lng`, with all three languages. */
export const createTestI18n = (lng: UiLanguage) => createI18n(lng, translations);
