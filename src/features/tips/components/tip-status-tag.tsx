import { Tag } from '@nutui/nutui-react-taro';
import type { TipStatus } from '@api/tips';
import { TIP_STATUS_LABELS } from '@/domain/tip-vocabulary';

const TAG_TYPE: Record<TipStatus, 'warning' | 'success' | 'danger' | 'default'> = {
  pending: 'warning',
  published: 'success',
  rejected: 'danger',
  hidden: 'default',
  withdrawn: 'default',
};

/** 审核中 / 已发布 / 未通过 / 已屏蔽 / 已撤回 */
export function TipStatusTag({ status }: { status: TipStatus }) {
  return <Tag type={TAG_TYPE[status]}>{TIP_STATUS_LABELS[status]}</Tag>;
}
