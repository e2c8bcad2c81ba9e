/**
 * Types for the parts of the `hyphen` package (CommonJS/UMD, untyped) that
 * patterns.ts imports directly. The per-language entry points
 * (`hyphen/fi` …) are directory imports, which Node's ESM loader refuses, so
 * the core and the pattern files are imported by file path instead.
 */
declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    /** Inserted at each break; default U+00AD. */
    hyphenChar?: string;
    /** Skip HTML tags (default true). */
    html?: boolean;
    /** Words shorter than this are left alone (default 5). */
    minWordLength?: number;
    async?: false;
  }
  /** Returns a synchronous hyphenator for a pattern set. */
  function createHyphenator(patterns: unknown, options?: HyphenatorOptions): (text: string) => string;
  export default createHyphenator;
}

declare module 'hyphen/patterns/*.js' {
  /** Opaque TeX pattern set in the `hyphen` package's format. */
  const patterns: readonly unknown[];
  export default patterns;
}
