import { describe, expect, it } from 'vitest';
import { compoundSeams } from '../../../src/layout/text/compounds.ts';
import { findBreaks, showBreaks } from '../../../src/layout/text/hyphenate.ts';
import { hasPatterns, loadPatterns, patternsVersion } from '../../../src/layout/text/patterns.ts';

const seamsOf = (word: string) =>
  findBreaks(word, 'fi')
    .filter((b) => b.kind === 'seam')
    .map((b) => word.slice(0, b.index));

describe('compound seams', () => {
  it('finds the seams of the domain compounds, inflected too', () => {
    expect(seamsOf('järjestöyhteistyörakenteiden')).toEqual(['järjestö', 'järjestöyhteistyö']);
    expect(seamsOf('Järjestöyhteistyön')).toEqual(['Järjestö']);
    expect(seamsOf('hyvinvointialueen')).toEqual(['hyvinvointi']);
    expect(seamsOf('Toimintaedellytyskeinovalikoiman')).toEqual(['Toiminta', 'Toimintaedellytys', 'Toimintaedellytyskeino']);
    expect(seamsOf('koordinaatiotehtävien')).toEqual(['koordinaatio']);
    expect(seamsOf('kumppanuuspöydän')).toEqual(['kumppanuus']);
    expect(seamsOf('valtionapuhankkeen')).toEqual(['valtionapu']);
    expect(seamsOf('aluevaltuusto')).toEqual(['alue']);
    expect(seamsOf('ASIANTUNTIJAKONSULTAATIO')).toEqual(['ASIANTUNTIJA']);
    expect(seamsOf('rakenneuudistuksen')).toEqual(['rakenne']);
    expect(seamsOf('erityisryhmien')).toEqual(['erityis']);
    expect(seamsOf('lähipalvelut')).toEqual(['lähi']); // unknown start + long known part
    // words of the fixture paths that TeX patterns broke badly ("tökyse-llä", "koh-dea-vus", "pää-tös-ti-lai-suus")
    expect(seamsOf('järjestökyselyllä')).toEqual(['järjestö']);
    expect(seamsOf('Kohdeavustusten')).toEqual(['Kohde']);
    expect(seamsOf('järjestöviikkojen')).toEqual(['järjestö']);
    expect(seamsOf('päätöstilaisuus')).toEqual(['päätös']);
    expect(seamsOf('avustushakemusklinikka')).toEqual(['avustus', 'avustushakemus']);
  });

  it('does not invent seams in ordinary words', () => {
    expect(compoundSeams('keskustelu', 'fi')).toEqual([]);
    expect(compoundSeams('alueellinen', 'fi')).toEqual([]);
    expect(compoundSeams('toimeenpanossa', 'fi')).toEqual([]);
    expect(compoundSeams('järjestöille', 'fi')).toEqual([]);
    expect(compoundSeams('hyvinvointialue', 'en')).toEqual([]);
  });
});

describe('findBreaks', () => {
  it('puts seams before patterns and drops pattern breaks next to seams', () => {
    // Patterns alone say "jär-jes-töyh-teis-työ" and "hy-vin-voin-tia-lu-een".
    expect(showBreaks('järjestöyhteistyörakenteiden', 'fi')).toBe('jär-jestö|yhteis-työ|raken-tei-den');
    expect(showBreaks('hyvinvointialueen', 'fi')).toBe('hy-vin-vointi|alu-een');
    const breaks = findBreaks('järjestöyhteistyö', 'fi');
    expect(breaks.some((b) => b.index === 'järjestöy'.length || b.index === 'järjes'.length)).toBe(false);
  });

  it('honours typed soft hyphens first and existing hyphens without extra hyphen', () => {
    const word = 'jär\u00ADjestöyhteistyö';
    expect(findBreaks(word, 'fi')[0]).toEqual({ index: 4, kind: 'soft' });
    const sote = findBreaks('sote-muutostuki', 'fi');
    expect(sote[0]).toEqual({ index: 5, kind: 'hyphen' });
    expect(findBreaks('-5', 'fi')).toEqual([]);
    expect(findBreaks('sote-', 'fi')).toEqual([]);
  });

  it('keeps pattern minima and leaves acronyms alone', () => {
    for (const { index, kind } of findBreaks('kartoittaminen', 'fi')) {
      expect(kind).toBe('pattern');
      expect(index).toBeGreaterThanOrEqual(2);
      expect('kartoittaminen'.length - index).toBeGreaterThanOrEqual(3);
    }
    expect(findBreaks('HYVINVOINTI', 'fi').filter((b) => b.kind === 'pattern')).toEqual([]);
  });

  it('never breaks inside a cluster', () => {
    const word = 'ja\u0308rjesto\u0308yhteistyo\u0308rakenteiden';
    for (const { index } of findBreaks(word, 'fi')) {
      expect(/\p{M}/u.test(word[index]!)).toBe(false);
    }
  });
});

describe('pattern registry', () => {
  it('has Finnish eagerly and loads Swedish and English on demand', async () => {
    expect(hasPatterns('fi')).toBe(true);
    expect(hasPatterns('en')).toBe(false);
    expect(showBreaks('hyphenation', 'en')).toBe('hyphenation');
    const before = patternsVersion();
    await loadPatterns('en');
    await loadPatterns('sv');
    expect(patternsVersion()).toBeGreaterThan(before);
    expect(showBreaks('hyphenation', 'en')).toBe('hy-phen-ation');
    expect(showBreaks('organisationssamarbete', 'sv')).toContain('tions|sam');
    expect(showBreaks('välfärdsområdet', 'sv')).toMatch(/^väl-färds\|om/);
  });
});
