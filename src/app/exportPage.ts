/**
 * The page `npm run export` drives in headless Chromium: the same export
 * code as the app's dialog (src/ui/export/exportDiagram.ts), reached through
 * one function on `window`. Reads a diagram (JSON, or a PNG/SVG that carries
 * one) and gives back the exported file's bytes, or the problems found.
 * The diagram font's faces are the app's (export.html links exportFonts.css: the PNG is drawn with them, as
 * the layout measured them; without them a machine's own sans serif would draw the PNG's words).
 */
import { createI18n, isUiLanguage, loadProblemWords, loadTranslation } from '../i18n/setup';
import { formatProblem } from '../i18n/problems';
import { readOpenedFile } from '../io/openFile';
import { loadPatterns } from '../layout/text/patterns';
import { blobToBase64 } from '../ui/export/blobBase64';
import { exportDiagram, type ExportOptions } from '../ui/export/exportDiagram';

export type PageExport =
  | { ok: true; base64: string; fileName: string; scaledDownTo: number | null }
  | { ok: false; problems: string[] };

async function polkuExport(inputBase64: string, inputName: string, options: ExportOptions, lang: string): Promise<PageExport> {
  const lng = isUiLanguage(lang) ? lang : 'fi';
  const i18n = createI18n(lng, { [lng]: await loadTranslation(lng) });
  const bytes = Uint8Array.from(atob(inputBase64), (c) => c.charCodeAt(0));
  const read = await readOpenedFile(new Blob([bytes]), inputName);
  if (!read.ok) await loadProblemWords().catch(() => undefined);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => formatProblem(p, (key, o) => i18n.t(key, o))) };
  await loadPatterns(read.diagram.language ?? 'fi').catch(() => undefined);
  const result = await exportDiagram(read.diagram, options);
  return { ok: true, base64: await blobToBase64(result.blob), fileName: result.fileName, scaledDownTo: result.scaledDownTo };
}

(window as unknown as { polkuExport: typeof polkuExport }).polkuExport = polkuExport;
document.documentElement.dataset['ready'] = 'true';
