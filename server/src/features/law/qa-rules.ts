import type { ArticleRef, QaContent } from '@api/law';
import { articleLabel } from '@/domain/law-citations';
import { BUILTIN_LAWS, LAW_LIMITS } from '@/domain/law-vocabulary';

/** 问答 content rules beyond the schema (pure). */

/** The content as stored: trimmed, one line per paragraph, each article cited once. */
export function normaliseQa(content: QaContent): QaContent {
  const seen = new Set<string>();
  return {
    topic: content.topic,
    question: content.question.trim(),
    // Paragraphs are lines: blank ones carry nothing.
    answer: content.answer
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    citations: content.citations
      .filter(({ law, no }) => !seen.has(`${law}#${no}`) && seen.add(`${law}#${no}`))
      .map(({ law, no }) => ({ law, no })),
  };
}

/** Field problems of normalised content the schema cannot see (it counts the spaces). */
export function qaContentProblems(content: QaContent): Record<string, string> {
  const fields: Record<string, string> = {};
  const limits = LAW_LIMITS.qa;
  if (content.question.length < limits.question.min) {
    fields.question = `问题至少${limits.question.min}个字`;
  }
  if (content.answer.length < limits.answer.min) {
    fields.answer = `解答至少${limits.answer.min}个字`;
  }
  return fields;
}

/** 《消费者权益保护法》第二十五条: a citation as people read it. */
export const citationName = ({ law, no }: ArticleRef, lawName?: string) =>
  `《${lawName ?? BUILTIN_LAWS.find((l) => l.key === law)?.short ?? law}》${articleLabel(no)}`;

/** The text the public search looks in, lower-cased: the search compares it as stored. */
export const qaSearchText = (content: QaContent) =>
  `${content.question}\n${content.answer}`.toLowerCase();

/** The columns copied out of a content for the lists and the search. */
export const qaContentColumns = (c: QaContent) => ({
  topic: c.topic,
  question: c.question,
  search_text: qaSearchText(c),
  content: JSON.stringify(c),
});
