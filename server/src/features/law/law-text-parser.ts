import { readLawText, type ParsedLaw } from '@/domain/law-text';

export { articlesOf } from '@/domain/law-text';
export type { ParsedArticle, ParsedChapter, ParsedLaw } from '@/domain/law-text';

/** A file that is not a law in the format (src/domain/law-text.ts); `line` is 1-based. */
export class LawFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`第${line}行：${reason}`);
    this.name = 'LawFormatError';
  }
}

/** The law in a file; throws LawFormatError naming the file's first problem and its line. */
export function parseLawText(markdown: string): ParsedLaw {
  const { law, problems } = readLawText(markdown);
  const [first] = problems;
  if (first) throw new LawFormatError(first.line, first.message);
  return law;
}
