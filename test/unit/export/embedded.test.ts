import { describe, expect, it } from 'vitest';
import { extractEmbeddedJson } from '../../../src/io/export/embedded';
import { buildSvg } from '../../../src/io/export/svg';
import { metadataElement, readSvgJson } from '../../../src/io/export/svgMetadata';
import { defaultDiagram, DEFAULT_TEXT } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const d = defaultDiagram();
/** JSON text that no escaping scheme but a safe one carries through XML. */
const TRICKY = `${DEFAULT_TEXT.slice(0, -2)},\n  "x-note": "ä ö å 🌱 ]]> </metadata> <![CDATA[ & &amp; \\u0000"\n}\n`;

describe('the diagram JSON embedded in an SVG', () => {
  it.each([
    ['the default diagram', DEFAULT_TEXT],
    ['Finnish, emoji, ]]> and markup', TRICKY],
    ['an empty text', ''],
    ['a byte order mark first', `\uFEFF${DEFAULT_TEXT}`],
  ])('reads back exactly: %s', (_name, json) => {
    const { svg } = buildSvg(d, { background: 'transparent', embed: json });
    expect(extractEmbeddedJson(utf8(svg), 'Osallisuuspolku.svg')).toEqual({ kind: 'svg', text: json });
  });

  it('is base64, so the JSON’s own text never appears in the markup', () => {
    const { svg } = buildSvg(d, { background: 'white', embed: TRICKY });
    expect(svg).not.toContain('🌱');
    expect(svg.split(']]>')).toHaveLength(1);
    expect(svg).toContain('encoding="base64"');
  });

  it('is found among other SVG content, under another prefix, with the content wrapped', () => {
    const meta = metadataElement('{"a":"ä🌱"}');
    const b64 = /base64">([^<]+)</.exec(meta)![1]!;
    const wrapped = b64.replace(/(.{8})/g, '$1\n   ');
    const svg = `<?xml version="1.0"?>
<!-- made by another tool -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:ns0="https://polku.invalid/ns" width="10" height="10">
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><cc:Work/></rdf:RDF>
  <ns0:diagram type="application/vnd.polku+json" encoding="base64">
   ${wrapped}
  </ns0:diagram></metadata>
  <text>diagram</text>
</svg>`;
    expect(readSvgJson(svg)).toBe('{"a":"ä🌱"}');
  });

  it('is null in an SVG without it, and in one whose content is not base64 of UTF-8', () => {
    expect(extractEmbeddedJson(utf8(buildSvg(d, { background: 'white', embed: null }).svg), 'a.svg')).toEqual({ kind: 'svg', text: null });
    const notUtf8 = metadataElement('x').replace(/base64">[^<]*</, `base64">${btoa('\xff\xfe')}<`);
    expect(readSvgJson(`<svg xmlns="http://www.w3.org/2000/svg">${notUtf8}</svg>`)).toBeNull();
    const notBase64 = metadataElement('x').replace(/base64">[^<]*</, 'base64">*!*<');
    expect(readSvgJson(`<svg xmlns="http://www.w3.org/2000/svg">${notBase64}</svg>`)).toBeNull();
    // an element of that name in no Polku namespace is not ours
    expect(readSvgJson('<svg xmlns="http://www.w3.org/2000/svg"><polku:diagram>eyJhIjoxfQ==</polku:diagram></svg>')).toBeNull();
  });
});

describe('what a file given to Open is', () => {
  const svg = utf8(buildSvg(d, { background: 'white', embed: DEFAULT_TEXT }).svg);

  it('an SVG by its name, or by its start when the name says nothing', () => {
    expect(extractEmbeddedJson(svg, 'KAAVIO.SVG').kind).toBe('svg');
    expect(extractEmbeddedJson(svg, 'download').kind).toBe('svg');
    expect(extractEmbeddedJson(utf8('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>'), '').kind).toBe('svg');
    expect(extractEmbeddedJson(utf8('<!-- x --><svg/>'), 'blob').kind).toBe('svg');
  });

  it('a PNG by its signature, whatever its name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(extractEmbeddedJson(png, 'diagram.json')).toEqual({ kind: 'png', text: null });
  });

  it('otherwise JSON: its text, or null when the bytes are not UTF-8', () => {
    expect(extractEmbeddedJson(utf8(DEFAULT_TEXT), 'osallisuuspolku.json')).toEqual({ kind: 'json', text: DEFAULT_TEXT });
    expect(extractEmbeddedJson(utf8(DEFAULT_TEXT), 'no-extension')).toEqual({ kind: 'json', text: DEFAULT_TEXT });
    expect(extractEmbeddedJson(new Uint8Array([0x7b, 0xff, 0x7d]), 'bad.json')).toEqual({ kind: 'json', text: null });
    // a .json file is JSON even when it starts like markup (the reader then reports where it is not JSON)
    expect(extractEmbeddedJson(utf8('<svg/>'), 'x.json').kind).toBe('json');
  });
});
