/**
 * The templates of "Uusi mallista / New from template": the gallery's index
 * (fixtures/templates/index.json: each template's id, file, and a title and
 * a one-line description in fi, sv and en, the default diagram first) and
 * each template's text, loaded on demand (a chunk of its own per file, so the
 * app's eager bundle does not grow) and read with the same reader as any file.
 * Imported only by the gallery, which is itself loaded on demand.
 */
import type { ContentLanguage } from '../model/types.ts';
import index from '../../fixtures/templates/index.json';
import { readDiagramText, type ReadResult } from './readDiagram.ts';

export type TemplateEntry = {
  /** also the suggested file name: `<id>.json` */
  readonly id: string;
  /** the diagram's file, relative to fixtures/templates/ */
  readonly file: string;
  readonly title: Readonly<Record<ContentLanguage, string>>;
  readonly description: Readonly<Record<ContentLanguage, string>>;
};

export const TEMPLATES: readonly TemplateEntry[] = index;

// Not eager: each file becomes its own chunk, fetched when first asked for.
const texts = import.meta.glob<string>(
  ['../../fixtures/templates/*.json', '!../../fixtures/templates/index.json', '../../fixtures/osallisuuspolku.json'],
  { query: '?raw', import: 'default' },
);

/** The key under which import.meta.glob knows an index entry's file. */
function globKey(file: string): string {
  return `../..${new URL(file, 'file:///fixtures/templates/').pathname}`;
}

const reads = new Map<string, Promise<ReadResult>>();

/**
 * A template's diagram, validated like any opened file (or the problems found).
 * Read once per session: the Diagram is immutable data, so the same one serves
 * the gallery's thumbnail and the diagram opened from it.
 */
export function loadTemplate(entry: TemplateEntry): Promise<ReadResult> {
  let read = reads.get(entry.id);
  if (!read) {
    const load = texts[globKey(entry.file)];
    read = load ? load().then(readDiagramText) : Promise.reject(new Error(`no template file ${entry.file}`));
    // a failed load (a chunk that could not be fetched) is tried again next time
    read.catch(() => reads.delete(entry.id));
    reads.set(entry.id, read);
  }
  return read;
}
