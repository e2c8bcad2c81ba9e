import { writeFileSync } from 'node:fs';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { readPngJson } from '../../../src/io/export/png';
import { buildSvg } from '../../../src/io/export/svg';
import { withChunks } from '../../../src/ui/export/pngWhole';
import { defaultDiagram, pngcheck, renderPng, tempFolder } from './helpers';

const file = tempFolder();
/** A PNG as Chromium's encoder writes one: IHDR, then the image data (librsvg's, less its other chunks). */
const plain = encodeChunks(
  extractChunks(renderPng(buildSvg(defaultDiagram(), { background: 'white', embed: null }).svg, file, 'plain')).filter((c) =>
    ['IHDR', 'IDAT', 'IEND'].includes(c.name),
  ),
);
const JSON_TEXT = '{"title":"Järjestöyhteistyö 🌱"}';

describe('the diagram spliced into the browser\'s PNG', () => {
  it('pHYs and iTXt go right after IHDR, the image data is the same bytes, pngcheck finds no errors', async () => {
    const names = extractChunks(plain).map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['IHDR', 'IDAT']);
    const out = new Uint8Array(await (await withChunks(new Blob([plain as Uint8Array<ArrayBuffer>]), { dpi: 192, json: JSON_TEXT })).arrayBuffer());
    const chunks = extractChunks(out);
    expect(chunks.map((c) => c.name).slice(0, 4)).toEqual(['IHDR', 'pHYs', 'iTXt', 'IDAT']);
    expect(readPngJson(out)).toBe(JSON_TEXT);
    // everything from the first IDAT on is the encoder's own bytes
    expect(Buffer.from(out.subarray(out.length - (plain.length - 33))).equals(Buffer.from(plain.subarray(33)))).toBe(true);
    writeFileSync(file('spliced.png'), out);
    const r = pngcheck(file('spliced.png'));
    expect(r.stdout).toMatch(/No errors detected/);
    expect(r.stdout).toContain('(192 dpi)');
  });

  it('a PNG with another chunk before its image data is spliced by bytes (its own pHYs replaced)', async () => {
    const withPhys = new Uint8Array(await (await withChunks(new Blob([plain as Uint8Array<ArrayBuffer>]), { dpi: 96, json: null })).arrayBuffer());
    const out = new Uint8Array(await (await withChunks(new Blob([withPhys as Uint8Array<ArrayBuffer>]), { dpi: 288, json: JSON_TEXT })).arrayBuffer());
    const names = extractChunks(out).map((c) => c.name);
    expect(names.filter((n) => n === 'pHYs')).toHaveLength(1);
    expect(readPngJson(out)).toBe(JSON_TEXT);
    writeFileSync(file('again.png'), out);
    expect(pngcheck(file('again.png')).stdout).toContain('(288 dpi)');
  });
});
