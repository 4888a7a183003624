import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type {
  ComplaintStatus,
  ComplaintSummary,
  MediationMethod,
  TimelineEntry,
} from '@api/complaints';

dayjs.extend(utc);

// Plain values from the contract (src/domain/complaint-vocabulary.ts carries no TypeBox).
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  REJECT_REASONS,
  REQUEST_KINDS,
  TERMINATE_REASONS,
} from '@/domain/complaint-vocabulary';

type TagType = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger';

export const STATUS: Record<ComplaintStatus, { label: string; tag: TagType }> = {
  submitted: { label: '待受理', tag: 'warning' },
  accepted: { label: '已受理', tag: 'primary' },
  rejected: { label: '不予受理', tag: 'danger' },
  mediating: { label: '调解中', tag: 'primary' },
  settled: { label: '调解成功', tag: 'success' },
  terminated: { label: '终止调解', tag: 'danger' },
  closed: { label: '已办结', tag: 'default' },
  withdrawn: { label: '已撤回', tag: 'default' },
};

export const ACTOR: Record<TimelineEntry['actor'], string> = {
  consumer: '消费者',
  merchant: '商家',
  staff: '工作人员',
  system: '系统',
};

export const ENTRY_KIND: Record<TimelineEntry['kind'], string> = {
  status: '状态变更',
  note: '补充说明',
  reply: '商家回复',
  proposal: '和解方案',
  evidence: '补充证据',
};

export const MEDIATION_METHODS: { value: MediationMethod; label: string }[] = [
  { value: 'on-site', label: '现场调解' },
  { value: 'phone', label: '电话调解' },
  { value: 'online', label: '在线调解' },
];

/** An instant as people in the county read it: Asia/Shanghai (UTC+8, no daylight saving). */
export const formatTime = (iso: string) => dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');

/** A calendar date ('YYYY-MM-DD') in words: 2026年3月24日. */
export const formatDate = (date: string) => dayjs(date).format('YYYY年M月D日');

/** Today's date in Asia/Shanghai, 'YYYY-MM-DD'. */
export const todayInChina = () => dayjs().utcOffset(480).format('YYYY-MM-DD');

/** The legal deadline that applies in the complaint's current state, if any. */
export function currentDeadline(
  complaint: Pick<ComplaintSummary, 'status' | 'acceptDeadline' | 'mediationDeadline'>,
): { label: string; date: string } | undefined {
  if (complaint.status === 'submitted')
    return { label: '受理期限', date: complaint.acceptDeadline };
  if (
    (complaint.status === 'accepted' || complaint.status === 'mediating') &&
    complaint.mediationDeadline
  ) {
    return { label: '调解期限', date: complaint.mediationDeadline };
  }
  return undefined;
}
