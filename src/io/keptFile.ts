/**
 * A kept record as a file: exactly what was stored. Text that was stored is written as it is; anything
 * else as its JSON (two-space indented, as Polku writes its files).
 */
import { isJsonObject } from '../model/json.ts';
import { fileNameFor } from './fileName.ts';

export function keptFileText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** "<the stored diagram's title> (<suffix>).json", or "polku (<suffix>).json" when it has none to read. */
export function keptFileName(value: unknown, suffix: string): string {
  const diagram = isJsonObject(value) ? (value as Record<string, unknown>)['diagram'] : undefined;
  const title = isJsonObject(diagram) ? (diagram as Record<string, unknown>)['title'] : undefined;
  return fileNameFor(`${typeof title === 'string' && title.trim() ? title : 'polku'} (${suffix})`, 'json');
}
