/** The answer's paragraphs: its non-empty lines (staff type them split by '\n'). */
export const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The answer's first paragraph, the list's one-line summary. */
export const firstLine = (text: string) => paragraphs(text)[0] ?? '';
