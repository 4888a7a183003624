/**
 * The small safe markup of an advisory's body, shared by the editor, the detail page and the
 * server. Stored as plain text; rendered with Taro components from the blocks below, never as
 * HTML: anything that looks like HTML or script is just text.
 *
 * - Paragraphs are separated by a blank line; lines within one are joined with a line break.
 * - A line starting with "- " or "• " is an item of a bulleted list; "1. " (any number, or
 *   "1、") an item of a numbered list. Consecutive items form one list.
 * - **text** is bold, within one line. A lone "**" stays as it is.
 */

export interface MarkupSpan {
  text: string;
  bold: boolean;
}

/** One line of text: its spans. */
export type MarkupLine = MarkupSpan[];

export type MarkupBlock =
  | { type: 'paragraph'; lines: MarkupLine[] }
  | { type: 'bullets'; items: MarkupLine[] }
  | { type: 'numbers'; items: MarkupLine[] };

const BULLET = /^\s*[-•]\s+(.*)$/;
const NUMBER = /^\s*\d{1,3}[.、．]\s*(.*)$/;

/** The spans of one line: **bold** pairs, everything else plain, empty spans dropped. */
export function parseInline(line: string): MarkupLine {
  const spans: MarkupLine = [];
  const parts = line.split('**');
  // An odd number of "**" leaves the last one unpaired: keep it as text.
  const pairs =
    parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), parts.slice(-2).join('**')];
  pairs.forEach((text, i) => {
    if (text) spans.push({ text, bold: i % 2 === 1 });
  });
  return spans;
}

/** Parses a body into blocks. Total: every input gives blocks, nothing is ever dropped but blanks. */
export function parseAdvisoryMarkup(body: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let current: MarkupBlock | undefined;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const bullet = BULLET.exec(line);
    const number = bullet ? null : NUMBER.exec(line);
    const type = bullet ? 'bullets' : number ? 'numbers' : 'paragraph';
    const content = parseInline((bullet?.[1] ?? number?.[1] ?? line).trim());
    if (!current || current.type !== type) {
      const block: MarkupBlock =
        type === 'paragraph' ? { type: 'paragraph', lines: [] } : { type, items: [] };
      blocks.push(block);
      current = block;
    }
    if (current.type === 'paragraph') current.lines.push(content);
    else current.items.push(content);
  }
  return blocks;
}

/** The body as plain text without markup (search snippets, share cards). */
export function advisoryPlainText(body: string): string {
  return parseAdvisoryMarkup(body)
    .flatMap((b) => (b.type === 'paragraph' ? b.lines : b.items))
    .map((line) => line.map((s) => s.text).join(''))
    .join('\n');
}
