/** The diagram shown when nothing else is open: seed 000, read through the same reader as any file. */
import text from '../../fixtures/osallisuuspolku.json?raw';
import { readDiagramText } from '../io/readDiagram';
import type { Diagram } from '../model/types';

export function loadDefaultDiagram(): Diagram {
  const result = readDiagramText(text);
  if (!result.ok) throw new Error(`default diagram refused: ${JSON.stringify(result.problems)}`);
  return result.diagram;
}
