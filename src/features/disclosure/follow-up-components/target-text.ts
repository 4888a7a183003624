import type { DisclosureFlag, FollowUp } from '@api/disclosure';

type Target = DisclosureFlag['target'] | FollowUp['target'];

/** A flagged or followed-up business by its name, an industry as 行业：X. */
export const targetName = (target: Target) =>
  target.kind === 'business' ? target.name : `行业：${target.industry}`;

export const FOLLOW_UP_STATUS_LABELS = { open: '进行中', done: '已完成' } as const;
