import type { DisclosureStatus, ExclusionReason } from '@api/disclosure';
import { EXCLUSION_REASONS } from '@/domain/disclosure-vocabulary';

/** The manage page's tabs: the batches at work first, then all of them. */
export const MANAGE_TABS = ['draft', 'notice', 'submitted', 'published', 'all'] as const;
export type ManageTab = (typeof MANAGE_TABS)[number];

export const STATUS_TAG = {
  draft: 'default',
  notice: 'warning',
  submitted: 'primary',
  published: 'success',
  superseded: 'info',
  withdrawn: 'danger',
} as const satisfies Record<DisclosureStatus, string>;

export const KIND_LABELS = { period: '定期', topic: '专题' } as const;

/** A reason's name without its legal reference, short enough for a chip. */
export const shortReason = (reason: ExclusionReason) =>
  EXCLUSION_REASONS[reason].replace(/（.*）$/, '');
