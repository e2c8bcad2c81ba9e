/**
 * Opening a diagram: bytes or text → a Diagram, or every problem found.
 *
 * In this order, stopping at the first step that fails:
 *   1. size: more than 20 MB is refused before anything is read or parsed;
 *   2. UTF-8 (files only) and JSON syntax, located by line and column;
 *   3. objects and lists nested at most 100 levels deep;
 *   4. a JSON object, `format` "participation-path", a `version` this build
 *      reads (never guessed: the message names the version found and the
 *      versions read);
 *   5. migration to the current version;
 *   6. the schema and the integrity rules together: every problem, once,
 *      in document order, each with a path counted from 0.
 * Pure apart from reading the Blob; nothing here changes an open document.
 */
import { findForbiddenKeys } from '../model/integrity.ts';
import { hasOwn, isJsonObject, jsonTypeOf } from '../model/json.ts';
import { shownValue } from '../model/issues.ts';
import { MAX_FILE_BYTES } from '../model/limits.ts';
import { migrate } from '../model/migrations.ts';
import { findTooDeep } from '../model/nesting.ts';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  READABLE_VERSIONS,
  type Diagram,
  type Problem,
} from '../model/types.ts';
import { validateDocument } from '../model/validate.ts';
import { findJsonSyntaxError, locate } from './jsonSyntax.ts';
import { isLongerThanBytes, utf8ByteLength } from './utf8.ts';

export type ReadResult = { ok: true; diagram: Diagram } | { ok: false; problems: Problem[] };

const refuse = (...problems: Problem[]): ReadResult => ({ ok: false, problems });

/** In MB (10⁶ bytes) with one decimal, rounded up, so that a file just over the limit does not read as at it. */
const megabytes = (bytes: number) => Math.ceil(bytes / 100_000) / 10;

function tooLarge(bytes: number): Problem {
  return { path: [], code: 'tooLarge', params: { size: megabytes(bytes), max: megabytes(MAX_FILE_BYTES) } };
}

/** A parsed JSON value → a Diagram or its problems (steps 3–6; for share links and embedded JSON too). */
export function readDiagramValue(value: unknown): ReadResult {
  // first, before anything that recurses (quoting a value, the schema) sees a value nested thousands deep
  const tooDeep = findTooDeep(value);
  if (tooDeep) return refuse(tooDeep);
  if (!isJsonObject(value)) return refuse({ path: [], code: 'notObject', params: { found: jsonTypeOf(value) } });

  const format = hasOwn(value, 'format') ? value['format'] : undefined;
  if (format !== FORMAT_NAME) {
    if (format === undefined) return refuse({ path: ['format'], code: 'format' });
    return refuse({ path: ['format'], code: 'format', params: { found: shownValue(format) } });
  }

  const version = hasOwn(value, 'version') ? value['version'] : undefined;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const supported = READABLE_VERSIONS.join(', ');
    // a number as it is; anything else as JSON, so that "1" (text) does not read as 1
    const found = typeof version === 'number' ? String(version) : shownValue(JSON.stringify(version));
    const params: Record<string, string> = version === undefined ? { supported } : { found, supported };
    return refuse({ path: ['version'], code: 'version', params });
  }

  if (version !== FORMAT_VERSION) {
    // a migration must never see a forbidden key
    const forbidden = findForbiddenKeys(value);
    if (forbidden.length > 0) return refuse(...forbidden);
  }
  const current = migrate(value);
  const result = validateDocument(current);
  // on success the schema's defaults have made `phases`, `legend` and `links` arrays
  return result.ok ? { ok: true, diagram: result.diagram } : refuse(...result.problems);
}

/** Parses JSON text; a syntax error becomes a located 'notJson' problem. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = findJsonSyntaxError(text) ?? text.length;
    const { line, column } = locate(text, offset);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: [], code: 'notJson', params: { line, column, detail } } };
  }
}

/**
 * The diagram of a record of Polku's own browser storage ({diagram, fileName, savedAt, tabId}), as the
 * notice about a stored diagram this Polku could not read downloads it (src/io/keptFile.ts); undefined for
 * anything else. A newer Polku so opens what an older one kept aside.
 */
function storedRecordDiagram(value: unknown): unknown {
  if (!isJsonObject(value) || hasOwn(value, 'format') || !hasOwn(value, 'diagram')) return undefined;
  const { diagram, savedAt, tabId } = value as Record<string, unknown>;
  return isJsonObject(diagram) && typeof savedAt === 'number' && typeof tabId === 'string' ? diagram : undefined;
}

/** JSON text → a Diagram or every problem found. A leading byte order mark is ignored. */
export function readDiagramText(text: string): ReadResult {
  if (isLongerThanBytes(text, MAX_FILE_BYTES)) return refuse(tooLarge(utf8ByteLength(text)));
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return refuse(parsed.problem);
  const tooDeep = findTooDeep(parsed.value);
  if (tooDeep) return refuse(tooDeep);
  const stored = storedRecordDiagram(parsed.value);
  if (stored === undefined) return readDiagramValue(parsed.value);
  const read = readDiagramValue(stored);
  return read.ok ? read : refuse(...read.problems.map((p) => ({ ...p, path: ['diagram', ...p.path] })));
}

/** A file (or any Blob) → a Diagram or every problem found. The size is checked before anything is read. */
export async function readDiagramFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return refuse(tooLarge(file.size));
  const bytes = await file.arrayBuffer();
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 are refused rather than turned into U+FFFD; a BOM is skipped
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ path: [], code: 'encoding' });
  }
  return readDiagramText(text);
}
