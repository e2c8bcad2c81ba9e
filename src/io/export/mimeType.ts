/** The media type under which exported images carry the diagram's JSON (PNG iTXt keyword, SVG metadata). */
export const POLKU_JSON_TYPE = 'application/vnd.polku+json';
