import type { ApplicationStatus, ModelUnitBadge } from '@api/model-units';

type TagType = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger';

export const APPLICATION_STATUS: Record<ApplicationStatus, { label: string; tag: TagType }> = {
  submitted: { label: '审核中', tag: 'warning' },
  approved: { label: '已通过', tag: 'success' },
  rejected: { label: '未通过', tag: 'danger' },
};

export const BADGE_STATUS: Record<ModelUnitBadge['status'], string> = {
  active: '有效',
  expired: '已到期',
  revoked: '已撤销',
};
