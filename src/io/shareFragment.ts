/**
 * The mark of a share link in the address: `#polku=` followed by the diagram.
 * Kept apart and tiny, so that the app can look for it at start-up without
 * loading the decoder (src/io/shareLink.ts), which loads only for such a link.
 */
export const SHARE_FRAGMENT_PREFIX = '#polku=';

/** Whether a location's hash (`location.hash`) carries a shared diagram. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_FRAGMENT_PREFIX);
}
