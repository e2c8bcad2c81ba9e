/**
 * A test-only hook, kept in the production build on purpose: with `?polku-test=crash` in the address the
 * first change to the diagram after the page has loaded makes the page fail to draw (a render error), so
 * that the recovery screen can be tested on the real build with work in memory. Without that query nothing
 * happens. Documented in docs/testing-hooks.md.
 */
import { useState } from 'react';
import { useDocument } from '../store/documentStore';

export const TEST_CRASH_MESSAGE = 'polku-test=crash: a render error made on purpose';

const asked = () => typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('polku-test') === 'crash';

export function TestCrash() {
  const diagram = useDocument((s) => s.diagram);
  const [first] = useState(diagram);
  if (diagram !== first && asked()) throw new Error(TEST_CRASH_MESSAGE);
  return null;
}
