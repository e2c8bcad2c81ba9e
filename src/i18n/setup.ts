/** The app's i18next instance: UI words and file-problem messages in fi (default), sv, en. */
import i18next, { type i18n } from 'i18next';
import { fi } from './locale/fi';
import type { Translation } from './translation';
import { UI_LANGUAGES, type UiLanguage } from './ui';

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);
}

/** The UI language an i18next instance is in: its language if Polku has one, else Finnish. */
export function uiLanguageOf(instance: Pick<i18n, 'language'>): UiLanguage {
  return isUiLanguage(instance.language) ? instance.language : 'fi';
}

/** The languages whose words are at hand: Finnish always, others once loaded (loadTranslation). */
export type Translations = Partial<Record<UiLanguage, Translation>>;

/** The instances made here: words loaded later (addWordsEverywhere) are added to each. */
const instances = new Set<i18n>();
/** Words loaded on demand so far, by key: every instance made from now on gets them too. */
const later = new Map<string, Record<UiLanguage, object>>();

/** Adds words under `key` to every instance, now and to come (the parts loaded on demand bring theirs). */
export function addWordsEverywhere(key: string, messages: Record<UiLanguage, object>): void {
  later.set(key, messages);
  for (const instance of instances) addMessages(instance, key, messages);
}

/** An i18next instance in `lng`; its words must be among `loaded` (else Finnish shows). */
export function createI18n(lng: UiLanguage, loaded: Translations = {}): i18n {
  const instance = i18next.createInstance();
  instances.add(instance);
  const words: Translations = { ...loaded, fi };
  void instance.init({
    lng,
    fallbackLng: 'fi',
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; problem messages are text
    resources: Object.fromEntries(Object.entries(words).map(([l, translation]) => [l, { translation }])),
    returnNull: false,
  });
  for (const [key, messages] of later) addMessages(instance, key, messages);
  return instance;
}

/** A language's words: Finnish is in the app, Swedish and English load when chosen. */
export async function loadTranslation(lng: UiLanguage): Promise<Translation> {
  if (lng === 'sv') return (await import('./locale/sv')).sv;
  if (lng === 'en') return (await import('./locale/en')).en;
  return fi;
}

/** Loads a language's words into `instance` (once) before it is switched to. */
export async function ensureLanguage(instance: i18n, lng: UiLanguage): Promise<void> {
  if (instance.getResource(lng, 'translation', 'appName') !== undefined) return;
  instance.addResourceBundle(lng, 'translation', await loadTranslation(lng), true, false);
}

/**
 * Words only a part loaded on demand uses (the export dialog, present mode)
 * arrive with that part: added under `key` for every language, once (merged
 * into what `key` already holds: the panels add theirs to the toolbar's `panels`).
 */
export function addMessages(instance: i18n, key: string, messages: Record<UiLanguage, object>): void {
  const first = Object.keys(messages.fi)[0];
  if (instance.exists(first === undefined ? key : `${key}.${first}`, { lng: 'fi' })) return;
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

let problemWords: Promise<void> | null = null;

/**
 * The problem messages (problemMessages.ts: why a file or an edit was refused) load the first time one is
 * to be told, or is about to be (a step takes the keyboard focus); then every instance has them.
 */
export function loadProblemWords(): Promise<void> {
  problemWords ??= import('./problemMessages').then(
    ({ problemMessages }) => addWordsEverywhere('problem', problemMessages),
    (e: unknown) => {
      problemWords = null; // offline from a broken cache: tried again next time
      throw e;
    },
  );
  return problemWords;
}
