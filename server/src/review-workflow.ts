import { AppError, conflict, forbidden } from './plugins/app-error';

/**
 * The review workflow staff content shares (advisories, 问答 cards; ARCHITECTURE.md): a draft is
 * its author's; the author submits; a reviewer returns it with a reason or publishes it, and the
 * reviewer is never the author; a published piece is unpublished with a reason. Editing a
 * published piece makes a pending revision that goes through the same steps while the published
 * version stays public. Pure: each feature turns the verdict into its own columns.
 */

export type ReviewStatus = 'draft' | 'submitted' | 'published' | 'unpublished';
export type ReviewAction = 'submit' | 'return' | 'publish' | 'unpublish';

/** A pending new version of a published piece, stored as JSON beside it. */
export interface PendingRevision<C> {
  status: 'draft' | 'submitted';
  content: C;
  authorId: string;
  updatedAt: string;
  returnedReason?: string;
}

export interface ReviewState<C> {
  status: ReviewStatus;
  /** null: content that shipped with the app (no author: any staff member may review it). */
  authorId: string | null;
  revision?: PendingRevision<C>;
}

/** How a feature names its content and prefixes its error codes: 提示/警示 + ADVISORY. */
export interface ReviewWords {
  noun: string;
  code: string;
}

export const revisionOf = <C>(json: string | null): PendingRevision<C> | undefined =>
  json ? (JSON.parse(json) as PendingRevision<C>) : undefined;

export function fieldsInvalid(fields: Record<string, string>): AppError {
  return new AppError(400, 'VALIDATION_FAILED', Object.values(fields)[0], fields);
}

export const changedMeanwhile = (words: ReviewWords) =>
  conflict(`${words.code}_CHANGED`, `该${words.noun}刚被他人修改，请刷新后再试`);

/**
 * What an edit by `callerId` does: 'in-place' for a draft (its author's; an author-less one
 * becomes the editor's), 'revision' for a published piece (a new pending version, by whoever
 * started it); a submitted piece must be returned first and an unpublished one stays as it was.
 */
export function checkEdit<C>(
  state: ReviewState<C>,
  callerId: string,
  words: ReviewWords,
): 'in-place' | 'revision' {
  switch (state.status) {
    case 'draft':
      if (state.authorId !== null && state.authorId !== callerId) {
        throw forbidden('NOT_AUTHOR', '只有作者可以修改草稿');
      }
      return 'in-place';
    case 'published':
      if (state.revision?.status === 'submitted') {
        throw conflict('REVISION_SUBMITTED', '新版本已提交审核，请先退回再修改');
      }
      if (state.revision && state.revision.authorId !== callerId) {
        throw forbidden('NOT_AUTHOR', `他人正在修改此${words.noun}的新版本`);
      }
      return 'revision';
    case 'submitted':
      throw conflict(`${words.code}_SUBMITTED`, '已提交审核，请先退回再修改');
    case 'unpublished':
      throw conflict(`${words.code}_UNPUBLISHED`, `已撤下的${words.noun}不能修改`);
  }
}

export interface TransitionVerdict<C> {
  /** The step acts on the pending revision, not on the piece itself. */
  onRevision: boolean;
  /** Who wrote what the step acts on (null: shipped with the app). */
  authorId: string | null;
  /** The trimmed reason ('' when none was needed). */
  reason: string;
  /** The revision after a submit or return on it. */
  revision?: PendingRevision<C>;
}

/**
 * Whether `callerId` may take the step, and on what: throws the 400/403/409 the caller sees.
 * A return or unpublish needs a reason of 2+ characters.
 */
export function checkTransition<C>(
  state: ReviewState<C>,
  step: { action: ReviewAction; reason?: string },
  callerId: string,
  words: ReviewWords,
  at: string,
): TransitionVerdict<C> {
  const reason = step.reason?.trim() ?? '';
  if ((step.action === 'return' || step.action === 'unpublish') && reason.length < 2) {
    throw fieldsInvalid({ reason: '请填写原因' });
  }
  const revision = state.revision;
  const onRevision =
    state.status === 'published' && revision !== undefined && step.action !== 'unpublish';
  const authorId = onRevision ? revision.authorId : state.authorId;
  const stage = onRevision ? revision.status : state.status;
  const invalid = () =>
    conflict('INVALID_TRANSITION', `该${words.noun}当前状态不能执行此操作，请刷新`);
  const verdict: TransitionVerdict<C> = { onRevision, authorId, reason };
  switch (step.action) {
    case 'submit':
      if (stage !== 'draft') throw invalid();
      if (authorId !== null && authorId !== callerId) {
        throw forbidden('NOT_AUTHOR', '只有作者可以提交审核');
      }
      if (onRevision) {
        // Submitted again: the last return's reason has been dealt with.
        verdict.revision = {
          ...revision,
          status: 'submitted',
          updatedAt: at,
          returnedReason: undefined,
        };
      }
      return verdict;
    case 'return':
      if (stage !== 'submitted') throw invalid();
      if (onRevision) {
        verdict.revision = { ...revision, status: 'draft', updatedAt: at, returnedReason: reason };
      }
      return verdict;
    case 'publish':
      if (stage !== 'submitted') throw invalid();
      if (authorId === callerId) {
        throw forbidden(
          'AUTHOR_CANNOT_PUBLISH',
          `不能审核发布自己撰写的${words.noun}，请由其他工作人员审核`,
        );
      }
      return verdict;
    case 'unpublish':
      if (state.status !== 'published') throw invalid();
      return verdict;
  }
}
