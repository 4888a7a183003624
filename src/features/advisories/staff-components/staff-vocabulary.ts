import type { AdvisoryAction, AdvisoryStatus } from '@api/advisories';
import { ADVISORY_TOOLS } from '@/domain/advisory-vocabulary';

/** The staff tabs, in workflow order; 下线 is what the review page calls unpublishing. */
export const STAFF_STATUS_LABEL: Record<AdvisoryStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  unpublished: '已下线',
};

export const STAFF_STATUSES = ['draft', 'submitted', 'published', 'unpublished'] as const;

export type AdvisoryTool = (typeof ADVISORY_TOOLS)[number];

/** The 工具箱 pages a call to action may open, by their page titles. */
export const TOOL_LABEL: Record<AdvisoryTool, string> = {
  barcode: '条码查询',
  'sc-licence': 'SC编号校验',
  'credit-code': '信用代码校验',
};

/** The choices of the call to action in the editor ('none': no button). */
export const ACTION_CHOICES = ['none', 'complaint', 'call-12315', 'quiz', 'tool'] as const;
export type ActionChoice = (typeof ACTION_CHOICES)[number];

export const ACTION_CHOICE_LABEL: Record<ActionChoice, string> = {
  none: '不设置',
  complaint: '我要投诉',
  'call-12315': '拨打12315',
  quiz: '去答题',
  tool: '打开工具',
};

/** The button under the advisory as readers see it. */
export function actionLabel(action: AdvisoryAction): string {
  switch (action.kind) {
    case 'complaint':
      return '我要投诉';
    case 'call-12315':
      return '拨打12315';
    case 'quiz':
      return `去答题：${action.topic}`;
    case 'tool':
      return `打开${TOOL_LABEL[action.tool]}`;
  }
}
