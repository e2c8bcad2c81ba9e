/**
 * The workshop summary ("Yhteenveto"): the room's comments and dot votes,
 * grouped by phase and step, as Markdown and as CSV for a Finnish
 * spreadsheet. Pure; the caller passes the UI words (`SummaryWords`).
 *
 * - Groups and their order: layout/workshopGroups.ts.
 * - Markdown: user text is backslash-escaped, so a title cannot make a link,
 *   an image, HTML, a heading or a table.
 * - CSV: `;` between fields, CRLF line ends, a header row, one row per
 *   comment and one per voted step without comments; the step's votes are
 *   on each of its rows. Fields with `;`, `"`, CR, LF or leading/trailing
 *   white space are quoted (quotes doubled), and a field starting with `=`,
 *   `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet never
 *   runs it as a formula (OWASP, CSV injection). `summaryCsvBytes` adds
 *   the UTF-8 byte order mark Excel needs to read UTF-8.
 */
import type { Comment, Diagram } from '../model/types.ts';
import { summaryGroups } from '../layout/workshopGroups.ts';
import { oneLine } from '../model/oneLine.ts';

/** The words of the summary, in the UI language. */
export type SummaryWords = {
  /** The Markdown title: "Yhteenveto". */
  readonly summary: string;
  /** CSV headers: "Vaihe", "Askel", "Äänet", "Kommentti", "Nimi", "Aika". */
  readonly phase: string;
  readonly step: string;
  readonly votes: string;
  readonly comment: string;
  readonly author: string;
  readonly time: string;
  /** Markdown: the label of a phase's own comments, "Kommentit". */
  readonly comments: string;
  /** The group of steps outside every phase: "Vaiheiden ulkopuolella". */
  readonly outsidePhases: string;
  /** Markdown, when there is nothing to sum up: "Ei kommentteja eikä ääniä." */
  readonly empty: string;
  /** A number of votes in words: 1 → "1 ääni", 3 → "3 ääntä". */
  readonly voteCount: (count: number) => string;
};

// ---- Markdown ---------------------------------------------------------------

/** User text as Markdown that shows exactly that text: no links, images, HTML, emphasis, code, headings or tables. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&!]/g, '\\$&');
}

/**
 * A comment as the text of a list item: quoted, escaped, its line breaks
 * kept as hard breaks (a backslash at the line's end), each further line
 * indented to `indent` and kept from starting a list or a block.
 */
function commentMarkdown(comment: Comment, indent: string): string {
  const lines = comment.text
    .split(/\r\n|\r|\n/)
    .map((line, i) => {
      const escaped = escapeMarkdown(line);
      if (i === 0) return escaped;
      // a line of its own must not start a list item or a heading underline
      return escaped.trimStart().replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
    })
    .filter((line, i) => i === 0 || line !== '');
  const text = `“${lines.join(`\\\n${indent}`)}”`;
  return comment.author === undefined ? text : `${text} — ${escapeMarkdown(comment.author)}`;
}

/** The summary as Markdown: a heading per phase, a list item per step, its comments nested under it. */
export function summaryMarkdown(d: Diagram, words: SummaryWords): string {
  const lines: string[] = [`# ${escapeMarkdown(words.summary)}: ${escapeMarkdown(oneLine(d.title))}`, ''];
  const groups = summaryGroups(d);
  if (groups.length === 0) lines.push(escapeMarkdown(words.empty), '');
  for (const group of groups) {
    const heading =
      group.phase === null
        ? escapeMarkdown(words.outsidePhases)
        : `${escapeMarkdown(group.phase.title)} (${escapeMarkdown(group.phase.period)})`;
    lines.push(`## ${heading}`, '');
    if (group.comments.length > 0) {
      lines.push(`- *${escapeMarkdown(words.comments)}*`);
      for (const comment of group.comments) lines.push(`  - ${commentMarkdown(comment, '    ')}`);
    }
    for (const step of group.steps) {
      const votes = step.votes > 0 ? ` — ${escapeMarkdown(words.voteCount(step.votes))}` : '';
      lines.push(`- **${escapeMarkdown(step.title)}**${votes}`);
      for (const comment of step.comments) lines.push(`  - ${commentMarkdown(comment, '    ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---- CSV --------------------------------------------------------------------

/** One CSV field: neutralised if a spreadsheet could read it as a formula, then quoted if it must be. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^[ \t]|[ \t]$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CRLF = '\r\n';

/** The summary as CSV text (no byte order mark): a header row, then one row per comment or voted step. */
export function summaryCsv(d: Diagram, words: SummaryWords): string {
  const rows: string[][] = [[words.phase, words.step, words.votes, words.comment, words.author, words.time]];
  const commentCells = (c: Comment) => [c.text, c.author ?? '', c.at ?? ''];
  for (const group of summaryGroups(d)) {
    const phase = group.phase === null ? words.outsidePhases : group.phase.title;
    for (const comment of group.comments) rows.push([phase, '', '', ...commentCells(comment)]);
    for (const step of group.steps) {
      const votes = String(step.votes);
      if (step.comments.length === 0) rows.push([phase, step.title, votes, '', '', '']);
      for (const comment of step.comments) rows.push([phase, step.title, votes, ...commentCells(comment)]);
    }
  }
  return rows.map((row) => row.map(csvField).join(';') + CRLF).join('');
}

/** The UTF-8 byte order mark: without it Excel reads a CSV file in the system's legacy code page. */
export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];

/** The summary as the bytes of a `.csv` file: the UTF-8 byte order mark, then the CSV as UTF-8. */
export function summaryCsvBytes(d: Diagram, words: SummaryWords): Uint8Array {
  const body = new TextEncoder().encode(summaryCsv(d, words));
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
