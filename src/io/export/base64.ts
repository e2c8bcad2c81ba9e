/** Text ↔ base64 of its UTF-8 bytes (btoa/atob exist in every browser and in Node ≥ 16). */

const CHUNK = 0x8000;

export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Base64 (whitespace allowed) → text; throws when it is not base64 or the bytes are not UTF-8. */
export function base64ToUtf8(b64: string): string {
  const binary = atob(b64.replace(/[\t\n\f\r ]+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
