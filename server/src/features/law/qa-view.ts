import type { ArticleRef, QaCard, QaContent, StaffQa } from '@api/law';
import { articleLabel } from '@/domain/law-citations';
import { BUILTIN_LAWS } from '@/domain/law-vocabulary';
import { revisionOf } from '../../review-workflow';
import type { StaffNameOf } from '../advisories/staff-names-service';
import type { QaRow, ResolvedArticle } from './qa-repository';

/** Who wrote the cards that ship with the app. */
export const SEEDED_AUTHOR_NAME = '系统预置';

export const qaContentOf = (row: { content: string }): QaContent =>
  JSON.parse(row.content) as QaContent;

export const qaRevisionOf = (row: QaRow) => revisionOf<QaContent>(row.revision);

/** The staff a card names (author, publisher, who took it down, new version's author). */
export const qaStaffIdsOf = (row: QaRow): (string | null | undefined)[] => [
  row.author_id,
  row.published_by,
  row.unpublished_by,
  qaRevisionOf(row)?.authorId,
];

const nameOrSeed = (nameOf: StaffNameOf, id: string | null) =>
  id === null ? SEEDED_AUTHOR_NAME : nameOf(id);

export function toStaffQa(row: QaRow, nameOf: StaffNameOf): StaffQa {
  const revision = qaRevisionOf(row);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    content: qaContentOf(row),
    ...(row.author_id !== null && { authorId: row.author_id }),
    authorName: nameOrSeed(nameOf, row.author_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.submitted_at && { submittedAt: row.submitted_at }),
    ...(row.published_at && { publishedAt: row.published_at }),
    ...(row.published_by && { publishedByName: nameOf(row.published_by) }),
    ...(row.unpublished_reason && { unpublishedReason: row.unpublished_reason }),
    ...(row.returned_reason && { returnedReason: row.returned_reason }),
    ...(revision && {
      revision: {
        status: revision.status,
        content: revision.content,
        authorId: revision.authorId,
        authorName: nameOf(revision.authorId),
        updatedAt: revision.updatedAt,
        ...(revision.returnedReason && { returnedReason: revision.returnedReason }),
      },
    }),
  };
}

/** Citations with the library's law title and article label (the vocabulary's if missing). */
export function labelledCitations(
  refs: readonly ArticleRef[],
  library: readonly ResolvedArticle[],
): QaCard['citations'] {
  const found = new Map(library.map((a) => [`${a.law}#${a.no}`, a]));
  return refs.map(({ law, no }) => {
    const article = found.get(`${law}#${no}`);
    return {
      law,
      no,
      lawTitle: article?.lawTitle ?? BUILTIN_LAWS.find((l) => l.key === law)?.title ?? law,
      label: article?.label ?? articleLabel(no),
    };
  });
}

export function toQaCard(row: QaRow, library: readonly ResolvedArticle[]): QaCard {
  const content = qaContentOf(row);
  return {
    id: row.id,
    topic: content.topic,
    question: content.question,
    answer: content.answer,
    citations: labelledCitations(content.citations, library),
    publishedAt: row.published_at ?? row.updated_at,
    version: row.version,
  };
}
