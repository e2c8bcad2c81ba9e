/** The app's i18next instance: UI words and file-problem messages in fi (default), sv, en. */
import i18next, { type i18n } from 'i18next';
import { problemMessages } from './problems';
import { keyMessages } from './keys';
import { panelMessages } from './panels';
import { UI_LANGUAGES, uiMessages, type UiLanguage } from './ui';

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);
}

export function createI18n(lng: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'fi',
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; problem messages are text
    resources: Object.fromEntries(
      UI_LANGUAGES.map((l) => [
        l,
        {
          translation: {
            ...uiMessages[l],
            panels: panelMessages[l],
            keys: keyMessages[l],
            problem: problemMessages[l],
          },
        },
      ]),
    ),
    returnNull: false,
  });
  return instance;
}

/**
 * Words only a part loaded on demand uses (the export dialog, present mode)
 * arrive with that part: added under `key` for every language.
 */
export function addMessages(instance: i18n, key: string, messages: Record<UiLanguage, object>): void {
  if (instance.exists(key, { lng: 'fi' })) return;
  for (const l of UI_LANGUAGES) instance.addResourceBundle(l, 'translation', { [key]: messages[l] }, true, false);
}

const STORAGE_KEY = 'polku.lang';

/** `?lang=` first, then the person's last choice, then Finnish. */
export function initialLanguage(search: string, storage: Pick<Storage, 'getItem'> | null): UiLanguage {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isUiLanguage(fromUrl)) return fromUrl;
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (isUiLanguage(saved)) return saved;
  } catch {
    // storage unavailable: fall through
  }
  return 'fi';
}

export function rememberLanguage(lng: UiLanguage, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(STORAGE_KEY, lng);
  } catch {
    // not remembered; the choice still applies to this page
  }
}
