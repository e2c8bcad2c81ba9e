/**
 * The diagram shown when nothing else is open: seed 000. It is a file the
 * reader takes exactly as written (test/unit/io/defaultDiagram.test.ts reads
 * it through the reader every run and requires the same value), so start-up
 * parses it without fetching the reader and its schema.
 */
import text from '../../fixtures/osallisuuspolku.json?raw';
import type { Diagram } from '../model/types';

export function loadDefaultDiagram(): Diagram {
  return JSON.parse(text) as Diagram;
}
