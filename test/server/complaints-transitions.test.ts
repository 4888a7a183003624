import { COMPLAINT_STATUSES, type ComplaintStatus } from '@api/complaints';
import {
  allowedActions,
  decideMessage,
  decideRating,
  decideTransition,
  TRANSITION_ACTIONS,
  type Party,
} from '../../server/src/features/complaints/transition-rules';

const as = (...parties: Party[]) => new Set<Party>(parties);
const state = (status: ComplaintStatus, paused = false, rated = false) => ({
  status,
  paused,
  rated,
});

describe('complaint-transitions (pure)', () => {
  it('every transition from every status: allowed ones name their target, others are 409', () => {
    const table: Record<string, ComplaintStatus | null> = {};
    for (const status of COMPLAINT_STATUSES) {
      for (const action of TRANSITION_ACTIONS) {
        const d = decideTransition(state(status), action, as('staff', 'complainant'));
        table[`${status}/${action}`] = d.ok ? d.to : null;
        if (!d.ok) expect(d.status).toBe(409);
      }
    }
    expect(Object.entries(table).filter(([, to]) => to !== null)).toEqual([
      ['submitted/accept', 'accepted'],
      ['submitted/reject', 'rejected'],
      ['submitted/withdraw', 'withdrawn'],
      ['accepted/mediate', 'mediating'],
      ['accepted/terminate', 'terminated'],
      ['accepted/withdraw', 'withdrawn'],
      ['rejected/close', 'closed'],
      ['mediating/pause-for-testing', 'mediating'],
      ['mediating/settle', 'settled'],
      ['mediating/terminate', 'terminated'],
      ['mediating/withdraw', 'withdrawn'],
      ['settled/close', 'closed'],
      ['terminated/close', 'closed'],
    ]);
  });

  it('resume only while paused, pause only while running', () => {
    expect(decideTransition(state('mediating', true), 'resume', as('staff')).ok).toBe(true);
    expect(decideTransition(state('mediating', false), 'resume', as('staff'))).toEqual({
      ok: false,
      status: 409,
      message: '调解未暂停，无需恢复',
    });
    expect(decideTransition(state('mediating', true), 'pause-for-testing', as('staff')).ok).toBe(
      false,
    );
  });

  it('the wrong party is 403 whatever the state', () => {
    for (const status of COMPLAINT_STATUSES) {
      expect(decideTransition(state(status), 'accept', as('complainant'))).toMatchObject({
        ok: false,
        status: 403,
      });
      expect(decideTransition(state(status), 'withdraw', as('staff', 'merchant'))).toMatchObject({
        ok: false,
        status: 403,
      });
    }
  });

  it('messages: complainant and merchant while open, staff until closed or withdrawn', () => {
    expect(decideMessage(state('mediating'), 'evidence', as('complainant')).ok).toBe(true);
    expect(decideMessage(state('settled'), 'note', as('complainant'))).toMatchObject({
      status: 409,
    });
    expect(decideMessage(state('settled'), 'note', as('staff')).ok).toBe(true);
    expect(decideMessage(state('closed'), 'note', as('staff'))).toMatchObject({ status: 409 });
    expect(decideMessage(state('submitted'), 'proposal', as('merchant')).ok).toBe(true);
    expect(decideMessage(state('submitted'), 'reply', as('complainant'))).toMatchObject({
      status: 403,
    });
  });

  it('rating: once, after the handling ended, not after withdrawing', () => {
    expect(decideRating(state('settled'), as('complainant')).ok).toBe(true);
    expect(decideRating(state('settled', false, true), as('complainant')).ok).toBe(false);
    expect(decideRating(state('withdrawn'), as('complainant')).ok).toBe(false);
    expect(decideRating(state('mediating'), as('complainant')).ok).toBe(false);
  });

  it('allowedActions per party', () => {
    expect(allowedActions(state('submitted'), as('staff'))).toEqual(['accept', 'reject', 'note']);
    expect(allowedActions(state('submitted'), as('complainant'))).toEqual([
      'withdraw',
      'note',
      'evidence',
    ]);
    expect(allowedActions(state('mediating'), as('merchant'))).toEqual(['reply', 'proposal']);
    expect(allowedActions(state('closed'), as('complainant'))).toEqual(['rate']);
    expect(allowedActions(state('closed'), as('merchant'))).toEqual([]);
  });
});
