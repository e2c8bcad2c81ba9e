/** The help's list of keys tells the truth about present mode: the same keys as the code that handles them. */
import { describe, expect, test } from 'vitest';
import { helpMessages } from '../../../src/i18n/help.ts';
import { UI_LANGUAGES } from '../../../src/i18n/ui.ts';
import { commandOfKey } from '../../../src/ui/present/channel.ts';
import { eventKeyOf, HELP_GROUPS, isMac } from '../../../src/ui/help/shortcuts.ts';

const present = HELP_GROUPS.find((g) => g.id === 'present')!;
const noMods = { ctrlKey: false, metaKey: false, altKey: false };

/** Every key a keyboard or a clicker sends that present mode might take. */
const CANDIDATES = [
  ...'abcdefghijklmnopqrstuvwxyzåäö0123456789.,-+/?*',
  ...['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Enter', 'Escape', 'Backspace', 'Delete', 'Tab', 'Insert'],
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
];

describe('the help', () => {
  test('each key listed for present mode gives the command it is listed for', () => {
    for (const item of present.items) {
      for (const way of item.ways) {
        expect(way).toHaveLength(1);
        expect([way[0], commandOfKey({ key: eventKeyOf(way[0]!), ...noMods })]).toEqual([way[0], item.command]);
      }
    }
  });

  test('every key present mode takes is listed', () => {
    const listed = new Set(present.items.flatMap((item) => item.ways.map((way) => eventKeyOf(way[0]!))));
    const taken = CANDIDATES.filter((key) => commandOfKey({ key, ...noMods }) !== null);
    expect(taken.filter((key) => !listed.has(key) && !listed.has(key.toLowerCase()))).toEqual([]);
  });

  test('every group and item has its words in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const words = helpMessages[lang];
      for (const group of HELP_GROUPS) {
        expect(words.groups[group.id]).toBeTruthy();
        for (const item of group.items) {
          expect([lang, item.what, words.items[item.what as keyof typeof words.items]]).toEqual([lang, item.what, expect.any(String)]);
          for (const way of [...item.ways, ...(item.notOnMac ?? [])]) {
            for (const part of way) {
              if (part.startsWith('@')) expect(words.mouse[part.slice(1) as keyof typeof words.mouse]).toBeTruthy();
            }
          }
        }
      }
    }
  });

  test('a Mac is told apart by its platform', () => {
    expect(isMac({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isMac({ platform: 'Linux x86_64', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    expect(isMac({ platform: 'Win32', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe(false);
    expect(isMac({ platform: '', userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' })).toBe(true);
  });
});
