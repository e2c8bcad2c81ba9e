/** Every word persistence shows exists in fi, sv and en. */
import { describe, expect, it } from 'vitest';
import { createTestI18n as createI18n } from '../../helpers/i18n.ts';
import { FAILURE_NOTICE } from '../../../src/io/persistence.ts';
import { otherTabMessages } from '../../../src/i18n/otherTab.ts';
import { addMessages } from '../../../src/i18n/setup.ts';

/** The i18n instance with the other tab's words, as its banner adds them when it loads (src/ui/OtherTabBanner.tsx). */
function withBanner(lng: 'fi' | 'sv' | 'en') {
  const i18n = createI18n(lng);
  addMessages(i18n, 'otherTab', otherTabMessages);
  return i18n;
}

const keys = [
  ...Object.values(FAILURE_NOTICE),
  'persistence.status.saved-in-browser',
  'persistence.status.saving',
  'persistence.status.failed',
  'persistence.file.saved',
  'persistence.file.notSaved',
  'persistence.versionFull',
  'persistence.versionFailed',
  'otherTab.message',
  'otherTab.load',
  'otherTab.keep',
];

describe('persistence messages', () => {
  it.each(['fi', 'sv', 'en'] as const)('are all there in %s', (lng) => {
    const i18n = withBanner(lng);
    for (const key of keys) {
      expect(i18n.exists(key, { lng, fallbackLng: false }), `${lng}: ${key}`).toBe(true);
    }
    expect(i18n.t('persistence.failed', { reason: 'X' })).toContain('X');
  });

  it('ask the Finnish question of the other tab as written', () => {
    expect(withBanner('fi').t('otherTab.message')).toBe(
      'Polku on auki toisessa välilehdessä, jossa kaavio muuttui. Lataa se tähän välilehteen?',
    );
  });
});
