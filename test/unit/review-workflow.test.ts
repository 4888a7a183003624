import {
  checkEdit,
  checkTransition,
  type ReviewAction,
  type ReviewState,
} from '../../server/src/review-workflow';
import { AppError } from '../../server/src/plugins/app-error';

const WORDS = { noun: '问答', code: 'QA' };
const AT = '2027-03-10T02:00:00.000Z';
const revision = (status: 'draft' | 'submitted', authorId = 'b') => ({
  status,
  content: { text: '新版本' },
  authorId,
  updatedAt: '2027-03-09T00:00:00.000Z',
});

/** The code a step is refused with, or 'ok'. */
function outcome(
  state: ReviewState<{ text: string }>,
  action: ReviewAction,
  caller: string,
  reason?: string,
): string {
  try {
    checkTransition(state, { action, reason }, caller, WORDS, AT);
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return `${err.status} ${err.code}`;
    throw err;
  }
}

describe('checkTransition', () => {
  it.each<
    [string, ReviewState<{ text: string }>, ReviewAction, string, string | undefined, string]
  >([
    [
      'the author submits a draft',
      { status: 'draft', authorId: 'a' },
      'submit',
      'a',
      undefined,
      'ok',
    ],
    [
      'someone else cannot',
      { status: 'draft', authorId: 'a' },
      'submit',
      'b',
      undefined,
      '403 NOT_AUTHOR',
    ],
    [
      'an author-less draft: anyone',
      { status: 'draft', authorId: null },
      'submit',
      'b',
      undefined,
      'ok',
    ],
    [
      'a submitted card is not submitted again',
      { status: 'submitted', authorId: 'a' },
      'submit',
      'a',
      undefined,
      '409 INVALID_TRANSITION',
    ],
    [
      'the author cannot publish',
      { status: 'submitted', authorId: 'a' },
      'publish',
      'a',
      undefined,
      '403 AUTHOR_CANNOT_PUBLISH',
    ],
    [
      'another staff member can',
      { status: 'submitted', authorId: 'a' },
      'publish',
      'b',
      undefined,
      'ok',
    ],
    [
      'a shipped card: anyone',
      { status: 'submitted', authorId: null },
      'publish',
      'a',
      undefined,
      'ok',
    ],
    [
      'a draft is not published',
      { status: 'draft', authorId: 'a' },
      'publish',
      'b',
      undefined,
      '409 INVALID_TRANSITION',
    ],
    [
      'return needs a reason',
      { status: 'submitted', authorId: 'a' },
      'return',
      'b',
      ' ',
      '400 VALIDATION_FAILED',
    ],
    ['return with one', { status: 'submitted', authorId: 'a' }, 'return', 'b', '不清楚', 'ok'],
    [
      'unpublish needs a reason',
      { status: 'published', authorId: 'a' },
      'unpublish',
      'b',
      undefined,
      '400 VALIDATION_FAILED',
    ],
    [
      'only a published card is unpublished',
      { status: 'unpublished', authorId: 'a' },
      'unpublish',
      'b',
      '过时了',
      '409 INVALID_TRANSITION',
    ],
    [
      'a revision by its author: not published by them',
      { status: 'published', authorId: 'a', revision: revision('submitted', 'b') },
      'publish',
      'b',
      undefined,
      '403 AUTHOR_CANNOT_PUBLISH',
    ],
    [
      '…but by the first author',
      { status: 'published', authorId: 'a', revision: revision('submitted', 'b') },
      'publish',
      'a',
      undefined,
      'ok',
    ],
    [
      'a revision draft is submitted by its author only',
      { status: 'published', authorId: 'a', revision: revision('draft', 'b') },
      'submit',
      'a',
      undefined,
      '403 NOT_AUTHOR',
    ],
    [
      'a published card without a revision is not submitted',
      { status: 'published', authorId: 'a' },
      'submit',
      'a',
      undefined,
      '409 INVALID_TRANSITION',
    ],
  ])('%s', (_name, state, action, caller, reason, want) => {
    expect(outcome(state, action, caller, reason)).toBe(want);
  });

  it('acts on the revision: returned with its reason, submitted again without it', () => {
    const state = { status: 'published' as const, authorId: 'a', revision: revision('submitted') };
    const back = checkTransition(state, { action: 'return', reason: ' 太笼统 ' }, 'c', WORDS, AT);
    expect(back).toMatchObject({
      onRevision: true,
      authorId: 'b',
      reason: '太笼统',
      revision: { status: 'draft', returnedReason: '太笼统', updatedAt: AT },
    });
    const again = checkTransition(
      { ...state, revision: back.revision },
      { action: 'submit' },
      'b',
      WORDS,
      AT,
    );
    expect(again.revision).toMatchObject({ status: 'submitted' });
    expect(JSON.parse(JSON.stringify(again.revision)).returnedReason).toBeUndefined();
  });

  it('unpublish acts on the published card, not its pending revision', () => {
    const state = { status: 'published' as const, authorId: 'a', revision: revision('draft') };
    expect(
      checkTransition(state, { action: 'unpublish', reason: '过时了' }, 'c', WORDS, AT),
    ).toMatchObject({
      onRevision: false,
      authorId: 'a',
    });
  });
});

describe('checkEdit', () => {
  const edit = (state: ReviewState<{ text: string }>, caller: string) => {
    try {
      return checkEdit(state, caller, WORDS);
    } catch (err) {
      return `${(err as AppError).status} ${(err as AppError).code}`;
    }
  };
  it.each<[string, ReviewState<{ text: string }>, string, string]>([
    ['a draft by its author: in place', { status: 'draft', authorId: 'a' }, 'a', 'in-place'],
    ['not by another', { status: 'draft', authorId: 'a' }, 'b', '403 NOT_AUTHOR'],
    ['a returned shipped card: anyone', { status: 'draft', authorId: null }, 'b', 'in-place'],
    ['a published card: a new version', { status: 'published', authorId: 'a' }, 'b', 'revision'],
    [
      'its pending version is its author’s',
      { status: 'published', authorId: 'a', revision: revision('draft', 'b') },
      'c',
      '403 NOT_AUTHOR',
    ],
    [
      'a submitted version is returned first',
      { status: 'published', authorId: 'a', revision: revision('submitted', 'b') },
      'b',
      '409 REVISION_SUBMITTED',
    ],
    [
      'a submitted card is returned first',
      { status: 'submitted', authorId: 'a' },
      'a',
      '409 QA_SUBMITTED',
    ],
    [
      'an unpublished card stays',
      { status: 'unpublished', authorId: 'a' },
      'a',
      '409 QA_UNPUBLISHED',
    ],
  ])('%s', (_name, state, caller, want) => {
    expect(edit(state, caller)).toBe(want);
  });
});
