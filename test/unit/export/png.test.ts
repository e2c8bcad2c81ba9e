import { readFileSync, writeFileSync } from 'node:fs';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { extractEmbeddedJson } from '../../../src/io/export/embedded';
import { addPngChunks, isPng, itxtChunk, readPngJson } from '../../../src/io/export/png';
import { buildSvg } from '../../../src/io/export/svg';
import { defaultDiagram, DEFAULT_TEXT, pngcheck, renderPng, tempFolder } from './helpers';

const file = tempFolder();
const d = defaultDiagram();
const JSON_TEXT = `${DEFAULT_TEXT.slice(0, -2)},\n  "x-note": "Järjestöyhteistyö 🌱 ]]> ä ö"\n}\n`;
const KEYWORD = 'application/vnd.polku+json';
/** A real PNG: the default diagram drawn by librsvg. */
const plain = renderPng(buildSvg(d, { background: 'white', embed: null }).svg, file, 'plain');

const names = (png: Uint8Array) => extractChunks(png).map((c) => c.name);

describe('PNG chunks', () => {
  it('a PNG with pHYs and the diagram in iTXt passes pngcheck, which lists both', () => {
    const png = addPngChunks(plain, { dpi: 192, json: JSON_TEXT });
    writeFileSync(file('with.png'), png);
    const r = pngcheck(file('with.png'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('chunk pHYs');
    expect(r.stdout).toContain('7559x7559 pixels/meter (192 dpi)');
    expect(r.stdout).toContain('chunk iTXt');
    expect(r.stdout).toContain(KEYWORD);
    expect(r.stdout).toMatch(/No errors detected/);
  });

  it('gives back exactly the JSON embedded (Finnish, emoji)', () => {
    const png = addPngChunks(plain, { dpi: 96, json: JSON_TEXT });
    expect(readPngJson(png)).toBe(JSON_TEXT);
    writeFileSync(file('again.png'), png);
    expect(extractEmbeddedJson(new Uint8Array(readFileSync(file('again.png'))), 'kaavio.png')).toEqual({ kind: 'png', text: JSON_TEXT });
  });

  it('writes the iTXt layout by hand: keyword, 0, flag 0, method 0, empty language and translated keyword, UTF-8 text', () => {
    const chunk = extractChunks(addPngChunks(plain, { dpi: 96, json: 'ä🌱' })).find((c) => c.name === 'iTXt')!;
    const head = [...new TextEncoder().encode(KEYWORD), 0, 0, 0, 0, 0];
    expect([...chunk.data]).toEqual([...head, ...new TextEncoder().encode('ä🌱')]);
  });

  it('puts its chunks right after IHDR and leaves the image data byte for byte', () => {
    const png = addPngChunks(plain, { dpi: 96, json: '{}' });
    expect(names(png).slice(0, 3)).toEqual(['IHDR', 'pHYs', 'iTXt']);
    const idat = (p: Uint8Array) => extractChunks(p).filter((c) => c.name === 'IDAT').map((c) => [...c.data].join());
    expect(idat(png)).toEqual(idat(plain));
  });

  it('replaces an earlier pHYs and an earlier diagram instead of adding more', () => {
    const once = addPngChunks(plain, { dpi: 96, json: 'first' });
    const twice = addPngChunks(once, { dpi: 300, json: 'second' });
    expect(names(twice).filter((n) => n === 'pHYs' || n === 'iTXt')).toEqual(['pHYs', 'iTXt']);
    expect(readPngJson(twice)).toBe('second');
    const phys = extractChunks(twice).find((c) => c.name === 'pHYs')!;
    const view = new DataView(phys.data.buffer, phys.data.byteOffset);
    expect([view.getUint32(0), view.getUint32(4), phys.data[8]]).toEqual([11811, 11811, 1]);
    // json null: the resolution only, and no earlier diagram kept
    const none = addPngChunks(once, { dpi: 96, json: null });
    expect(readPngJson(none)).toBeNull();
    expect(names(none)).toContain('pHYs');
  });

  it('reads null from a PNG without the chunk, or with only another keyword, a compressed one, or a broken CRC', () => {
    expect(readPngJson(plain)).toBeNull();
    const other = itxtChunk('Comment', 'hello');
    const withOther = addPngChunks(plain, { dpi: 96, json: null });
    expect(readPngJson(spliceAfterIhdr(withOther, other))).toBeNull();
    const compressed = itxtChunk(KEYWORD, 'xx');
    compressed.data[KEYWORD.length + 1] = 1;
    expect(readPngJson(spliceAfterIhdr(plain, compressed))).toBeNull();
    const broken = addPngChunks(plain, { dpi: 96, json: '{"a":1}' });
    broken[broken.indexOf(0x7b, 33)] = 0x5b; // a byte of the JSON changed: its CRC no longer matches
    expect(readPngJson(broken)).toBeNull();
    expect(readPngJson(addPngChunks(plain, { dpi: 96, json: '{"a":1}' }))).toBe('{"a":1}');
  });

  it('knows a PNG by its signature only', () => {
    expect(isPng(plain)).toBe(true);
    expect(isPng(plain.subarray(1))).toBe(false);
    expect(isPng(new TextEncoder().encode('<svg/>'))).toBe(false);
    expect(readPngJson(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(() => addPngChunks(new Uint8Array(20), { dpi: 96, json: null })).toThrow();
    expect(() => addPngChunks(plain.subarray(0, plain.length - 12), { dpi: 96, json: null })).toThrow(/IEND/);
  });
});

/** `png` with `chunk` put after IHDR by a simple re-encode (test data only). */
function spliceAfterIhdr(png: Uint8Array, chunk: { name: string; data: Uint8Array }): Uint8Array {
  const chunks = extractChunks(png);
  chunks.splice(1, 0, chunk);
  return encodeChunks(chunks);
}
