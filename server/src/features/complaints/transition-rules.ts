import type { ComplaintStatus, MessageBody, TransitionAction } from '@api/complaints';

/**
 * The complaint state machine, pure: who may do what in which state. The service reads the row,
 * asks here, and writes with `where status = <from>` so that two concurrent transitions cannot
 * both succeed.
 *
 *   submitted ─accept→ accepted ─mediate→ mediating ─settle→ settled ─┐
 *       │                 │                  │  ↺ pause-for-testing / resume (第二十条)
 *       │                 └────terminate─────┴─terminate→ terminated ──┼─close→ closed
 *       └─reject (第十五条)→ rejected ──────────────────────────────────┘
 *   submitted | accepted | mediating ─withdraw (the complainant)→ withdrawn
 */

/** The caller's relation to one complaint (a caller may hold several, e.g. staff filing). */
export type Party = 'staff' | 'complainant' | 'merchant';

export interface ComplaintState {
  status: ComplaintStatus;
  /** Mediation paused for testing or appraisal (第二十条). */
  paused: boolean;
  rated: boolean;
}

export type MessageKind = MessageBody['kind'];

/** What allowedActions may hold: transition actions, message kinds and 'rate'. */
export type ComplaintAction = TransitionAction | MessageKind | 'rate';

export type Decision =
  { ok: true; to: ComplaintStatus } | { ok: false; status: 403 | 409; message: string };

interface Rule {
  by: Party;
  from: readonly ComplaintStatus[];
  /** Omitted: the status stays (pause/resume). */
  to?: ComplaintStatus;
  /** pause needs a running mediation, resume a paused one. */
  paused?: boolean;
}

export const OPEN_STATUSES: readonly ComplaintStatus[] = ['submitted', 'accepted', 'mediating'];
/** Statuses after which the complainant may rate the handling. */
export const RATABLE_STATUSES: readonly ComplaintStatus[] = [
  'settled',
  'terminated',
  'rejected',
  'closed',
];
const FINAL_STATUSES: readonly ComplaintStatus[] = ['closed', 'withdrawn'];

export const TRANSITIONS: Readonly<Record<TransitionAction, Rule>> = {
  // 投诉举报处理暂行办法 第十四条: accept or refuse within the deadline.
  accept: { by: 'staff', from: ['submitted'], to: 'accepted' },
  // 第十五条: the grounds for refusing; 实施条例 第四十六条: tell the reason and other routes.
  reject: { by: 'staff', from: ['submitted'], to: 'rejected' },
  // 第十六条、第十八条: mediation with both sides' consent, on site or remotely.
  mediate: { by: 'staff', from: ['accepted'], to: 'mediating' },
  // 第二十条: testing time does not count towards the mediation deadline.
  'pause-for-testing': { by: 'staff', from: ['mediating'], paused: false },
  resume: { by: 'staff', from: ['mediating'], paused: true },
  settle: { by: 'staff', from: ['mediating'], to: 'settled' },
  // 第二十一条: the grounds for ending mediation without agreement.
  terminate: { by: 'staff', from: ['accepted', 'mediating'], to: 'terminated' },
  close: { by: 'staff', from: ['settled', 'terminated', 'rejected'], to: 'closed' },
  // 第二十一条(一): the complainant may withdraw while the complaint is open.
  withdraw: { by: 'complainant', from: ['submitted', 'accepted', 'mediating'], to: 'withdrawn' },
};

export const TRANSITION_ACTIONS = Object.keys(TRANSITIONS) as TransitionAction[];

const WHO: Record<Party, string> = {
  staff: '只有市场监管部门工作人员可以执行此操作',
  complainant: '只有投诉人本人可以执行此操作',
  merchant: '只有被投诉商家可以执行此操作',
};

/** Why an action is not possible in this state, in words for the user. */
function invalidMessage(action: TransitionAction, state: ComplaintState): string {
  const { status } = state;
  if (status === 'closed') return '投诉已结案，不能再办理';
  if (status === 'withdrawn') return '投诉已撤回，不能再办理';
  switch (action) {
    case 'accept':
    case 'reject':
      return '投诉已作出受理决定，不能重复处理';
    case 'mediate':
      return status === 'submitted' ? '投诉尚未受理，不能开始调解' : '投诉不在待调解状态';
    case 'pause-for-testing':
      if (status === 'mediating') return '投诉已在检测鉴定中';
      return status === 'submitted' || status === 'accepted'
        ? '尚未开始调解，不能暂停调解'
        : '调解已结束，不能暂停调解';
    case 'resume':
      if (status === 'mediating') return '调解未暂停，无需恢复';
      return '投诉不在调解中，不能恢复调解';
    case 'settle':
      if (status === 'submitted') return '投诉尚未受理，不能办结';
      if (status === 'accepted') return '尚未开始调解，不能办结';
      return '调解已结束，不能重复办结';
    case 'terminate':
      if (status === 'submitted') return '投诉尚未受理，不能终止调解';
      return '调解已结束，不能终止调解';
    case 'close':
      return status === 'submitted'
        ? '投诉尚未受理，不能结案'
        : '只有已办结、已终止调解或不予受理的投诉才能结案';
    case 'withdraw':
      return '投诉已处理完毕，不能撤回';
  }
}

/** May these parties take this action now? 403 for the wrong party, 409 for the wrong state. */
export function decideTransition(
  state: ComplaintState,
  action: TransitionAction,
  parties: ReadonlySet<Party>,
): Decision {
  const rule = TRANSITIONS[action];
  if (!parties.has(rule.by)) return { ok: false, status: 403, message: WHO[rule.by] };
  const pausedOk = rule.paused === undefined || rule.paused === state.paused;
  if (!rule.from.includes(state.status) || !pausedOk) {
    return { ok: false, status: 409, message: invalidMessage(action, state) };
  }
  return { ok: true, to: rule.to ?? state.status };
}

/**
 * Messages: the complainant's notes and evidence while the complaint is open; the merchant's
 * replies and proposals (直接和解) while it is open; staff notes (mediation records, 第二十二条
 * 调解记录) until the file is closed or withdrawn.
 */
export function decideMessage(
  state: ComplaintState,
  kind: MessageKind,
  parties: ReadonlySet<Party>,
): Decision {
  const open = OPEN_STATUSES.includes(state.status);
  const closedMessage =
    state.status === 'withdrawn'
      ? '投诉已撤回，不能再留言'
      : state.status === 'closed'
        ? '投诉已结案，不能再留言'
        : '投诉已处理完毕，不能再留言';
  const stay = { ok: true as const, to: state.status };
  if (kind === 'note') {
    if (parties.has('staff')) {
      return FINAL_STATUSES.includes(state.status)
        ? { ok: false, status: 409, message: closedMessage }
        : stay;
    }
    if (!parties.has('complainant')) return { ok: false, status: 403, message: WHO.complainant };
  } else if (kind === 'evidence') {
    if (!parties.has('complainant')) return { ok: false, status: 403, message: WHO.complainant };
  } else if (!parties.has('merchant')) {
    return { ok: false, status: 403, message: WHO.merchant };
  }
  return open ? stay : { ok: false, status: 409, message: closedMessage };
}

/** The complainant rates the handling once, after it has ended (not after withdrawing). */
export function decideRating(state: ComplaintState, parties: ReadonlySet<Party>): Decision {
  if (!parties.has('complainant')) return { ok: false, status: 403, message: WHO.complainant };
  if (state.rated) return { ok: false, status: 409, message: '您已评价过本次处理' };
  if (!RATABLE_STATUSES.includes(state.status)) {
    return { ok: false, status: 409, message: '投诉处理结束后才能评价' };
  }
  return { ok: true, to: state.status };
}

const MESSAGE_KINDS: readonly MessageKind[] = ['note', 'evidence', 'reply', 'proposal'];

/** Everything these parties may do now, in a stable order (transitions, messages, rate). */
export function allowedActions(
  state: ComplaintState,
  parties: ReadonlySet<Party>,
): ComplaintAction[] {
  return [
    ...TRANSITION_ACTIONS.filter((a) => decideTransition(state, a, parties).ok),
    ...MESSAGE_KINDS.filter((k) => decideMessage(state, k, parties).ok),
    ...(decideRating(state, parties).ok ? (['rate'] as const) : []),
  ];
}
