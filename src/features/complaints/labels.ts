import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type {
  ComplaintCategory,
  ComplaintStatus,
  ComplaintSummary,
  MediationMethod,
  RejectReason,
  RequestKind,
  TerminateReason,
  TimelineEntry,
} from '@api/complaints';

dayjs.extend(utc);

// The client imports only types from the contract (its values pull TypeBox into the bundle);
// these lists are typed against it, and a test checks that they match it word for word.

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  '商品质量',
  '价格',
  '虚假宣传',
  '售后服务',
  '合同',
  '食品安全',
  '预付卡',
  '其他',
];

export const REQUEST_KINDS: readonly RequestKind[] = [
  '退货',
  '换货',
  '维修',
  '退款',
  '赔偿',
  '其他',
];

export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'submitted',
  'accepted',
  'rejected',
  'mediating',
  'settled',
  'terminated',
  'closed',
  'withdrawn',
];

/** 投诉举报处理暂行办法 第十五条: why a complaint is not accepted. */
export const REJECT_REASONS: Record<RejectReason, string> = {
  'not-in-scope': '不属于市场监督管理部门职责或本机关无处理权限',
  'already-handled': '同一争议已由法院、仲裁机构、消费者协会等受理或处理',
  'not-consumer-dispute': '非生活消费需要，或不能证明存在消费者权益争议',
  'over-three-years': '知道或应当知道权益受侵害之日起已超过三年',
  'missing-materials': '未提供第九条规定的投诉材料',
  other: '法律、法规、规章规定不予受理的其他情形',
};

/** 投诉举报处理暂行办法 第二十一条: why mediation ends without agreement. */
export const TERMINATE_REASONS: Record<TerminateReason, string> = {
  'withdrawn-or-self-settled': '投诉人撤回投诉或双方自行和解',
  'no-agreement-on-testing': '双方对检测鉴定机构或费用无法协商一致',
  'refused-to-mediate': '一方无正当理由不参加调解或被投诉人明确拒绝调解',
  'no-agreement': '经组织调解，一方明确表示无法达成调解协议',
  'deadline-passed': '调解期限内未能达成调解协议',
  'found-not-acceptable': '受理后发现存在第十五条规定的不予受理情形',
  other: '法律、法规、规章规定应当终止调解的其他情形',
};

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

export const NEW_URL = '/features/complaints/pages/new/index';
export const MINE_URL = '/features/complaints/pages/mine/index';
export const QUEUE_URL = '/features/complaints/pages/queue/index';
export const MERCHANT_URL = '/features/complaints/pages/merchant/index';
export const detailUrl = (id: string) =>
  `/features/complaints/pages/detail/index?id=${encodeURIComponent(id)}`;
export const newComplaintUrl = (merchantId?: string) =>
  merchantId ? `${NEW_URL}?merchantId=${encodeURIComponent(merchantId)}` : NEW_URL;
