import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { decode } from 'fast-png';
import extractChunks from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { readPngJson } from '../../../src/io/export/png';
import { adler32, adler32Combine, crc32, scanlines, streamAdler } from '../../../src/io/export/pngEncode';
import { deflateBand, encodePng } from '../../../src/io/export/pngDeflate';
import { prng } from '../../helpers/prng';
import { pngcheck, tempFolder } from './helpers';

const file = tempFolder();
const JSON_TEXT = '{"title":"Järjestöyhteistyö 🌱"}';

/** A small picture with flat areas, gradients and noise; opaque unless `alpha`. */
function picture(width: number, height: number, alpha: boolean, seed = 7): Uint8Array {
  const random = prng(seed);
  const px = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const flat = x < width / 3;
      px[i] = flat ? 255 : (x * 7) & 255;
      px[i + 1] = flat ? 255 : (y * 13) & 255;
      px[i + 2] = flat ? 255 : Math.floor(random() * 256);
      px[i + 3] = alpha ? (x + y) & 255 : 255;
    }
  }
  return px;
}

const rgbOf = (rgba: Uint8Array) => rgba.filter((_, i) => i % 4 !== 3);

describe('PNG encoder', () => {
  it('CRC-32 and Adler-32 give the standard check values', () => {
    const digits = new TextEncoder().encode('123456789');
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(crc32(digits.subarray(4), crc32(digits.subarray(0, 4)))).toBe(0xcbf43926);
    expect(adler32(digits)).toBe(0x091e01de);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('the Adler-32 of two runs comes from theirs (any split, long runs)', () => {
    const random = prng(3);
    const bytes = Uint8Array.from({ length: 200_000 }, () => Math.floor(random() * 256));
    for (const cut of [0, 1, 5552, 65521, 65522, 131_073, 200_000]) {
      const a = bytes.subarray(0, cut);
      const b = bytes.subarray(cut);
      expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(bytes));
    }
  });

  it.each([
    { channels: 3 as const, alpha: false, bandRows: 64 },
    { channels: 3 as const, alpha: false, bandRows: 7 },
    { channels: 4 as const, alpha: true, bandRows: 1 },
    { channels: 4 as const, alpha: true, bandRows: 20 },
  ])('a $channels-channel image in bands of $bandRows rows decodes to the same pixels', ({ channels, alpha, bandRows }) => {
    const [w, h] = [37, 41];
    const px = picture(w, h, alpha);
    const png = encodePng(px, w, h, { channels, dpi: 192, json: JSON_TEXT, bandRows });
    const decoded = decode(png);
    expect([decoded.width, decoded.height, decoded.channels, decoded.depth]).toEqual([w, h, channels, 8]);
    expect(Array.from(decoded.data as Uint8Array)).toEqual(Array.from(channels === 4 ? px : rgbOf(px)));
  });

  it('writes the chunks in order with sound CRCs, and pngcheck finds no errors', () => {
    const [w, h] = [120, 90];
    const png = encodePng(picture(w, h, false), w, h, { channels: 3, dpi: 192, json: JSON_TEXT, bandRows: 16 });
    // png-chunks-extract throws on a chunk whose CRC is wrong
    const names = extractChunks(png).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['IHDR', 'pHYs', 'iTXt']);
    expect(names.at(-1)).toBe('IEND');
    expect(names.slice(3, -1).every((n) => n === 'IDAT')).toBe(true);
    // the zlib header, one IDAT per band of 16 rows, the checksum
    expect(names.filter((n) => n === 'IDAT')).toHaveLength(1 + Math.ceil(h / 16) + 1);
    expect(readPngJson(png)).toBe(JSON_TEXT);
    writeFileSync(file('banded.png'), png);
    const r = pngcheck(file('banded.png'));
    expect(r.stdout).toMatch(/No errors detected/);
    expect(r.stdout).toContain('120 x 90 image, 24-bit RGB, non-interlaced');
    expect(r.stdout).toContain('7559x7559 pixels/meter (192 dpi)');
    expect(r.stdout).toContain('application/vnd.polku+json');
  });

  it('bands deflated apart (as in workers) make one zlib stream that zlib inflates and checks', () => {
    const [w, h] = [16, 12];
    const px = picture(w, h, false);
    const top = deflateBand(px.subarray(0, w * 6 * 4), w, 3, false);
    const bottom = deflateBand(px.subarray(w * 6 * 4), w, 3, true);
    expect(top.length).toBe(6 * (w * 3 + 1));
    const data = (idat: Uint8Array) => idat.subarray(8, -4);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(streamAdler([top, bottom]));
    // node's zlib refuses a stream whose Adler-32 is wrong
    const lines = inflateSync(Buffer.concat([Buffer.of(0x78, 0x01), data(top.idat), data(bottom.idat), sum]));
    expect(Array.from(lines)).toEqual([...scanlines(px.subarray(0, w * 6 * 4), w, 3), ...scanlines(px.subarray(w * 6 * 4), w, 3)]);
    // each band's first scanline is unfiltered, the others Up
    expect([lines[0], lines[w * 3 + 1], lines[6 * (w * 3 + 1)], lines[7 * (w * 3 + 1)]]).toEqual([0, 2, 0, 2]);
  });
});
