import { readLawText, type LineProblem } from '@/domain/law-text';

export type { LineProblem } from '@/domain/law-text';

export interface LawPreview {
  title: string;
  /** Chapters ("第二章 … · 第一节 …") with their article count; '' for articles outside one. */
  chapters: Array<{ title: string; articles: number }>;
  articleCount: number;
  /** What the server refuses, each with its line (it names the first one only). */
  problems: LineProblem[];
  /** Accepted, but probably not meant: a line that will join the article before it. */
  warnings: LineProblem[];
}

/**
 * What the server will make of a law file, read on the phone before sending it with the server's
 * own reader: title, chapters, article count, and the line of every problem.
 */
export function previewLaw(markdown: string): LawPreview {
  const { law, problems, warnings } = readLawText(markdown);
  const chapters = law.chapters.map((c) => ({ title: c.title, articles: c.articles.length }));
  const articleCount = chapters.reduce((sum, c) => sum + c.articles, 0);
  return { title: law.title, chapters, articleCount, problems, warnings };
}
