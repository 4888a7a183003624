import { fieldByPath } from '@/services/form-errors';
import type { ComplaintCategory, CreateComplaintBody, RequestKind } from '@api/complaints';
import type { StoredPhoto } from '@/components/photo-grid';
import { complaintDateErrors } from '@/domain/complaint-dates';
import { COMPLAINT_LIMITS as LIMITS } from '@/domain/complaint-limits';
import { isMobilePhone } from '@/domain/contact-formats';
import { moneyTextError, toMoney } from '@/domain/money';
import { lengthError, textLength } from '@/domain/text-length';
import { MAX_PHOTOS } from '@/domain/upload-limits';

/** What 我要投诉 keeps in its draft: every field as typed, plus where the user was. */
export interface ComplaintDraft {
  /** The step on screen (0 商家, 1 经过, 2 诉求与证据, 3 联系方式). */
  step: number;
  /** Set when the business was picked from the registry (search, scan or a merchant page). */
  merchantId?: string;
  merchantName: string;
  merchantAddress: string;
  /** Not in the registry: the user types the name and address. */
  unregistered: boolean;
  category: ComplaintCategory | '';
  purchaseDate: string;
  /** When the problem was discovered (第十五条(四) counts from then); '' when not given. */
  discoveredOn?: string;
  /** Yuan as typed, e.g. "128.50". */
  amount: string;
  orderNo: string;
  facts: string;
  kinds: RequestKind[];
  compensationAmount: string;
  otherRequest: string;
  evidence: StoredPhoto[];
  name: string;
  phone: string;
  address: string;
  consent: boolean;
  pledgeId?: string;
}

export const EMPTY_COMPLAINT_DRAFT: ComplaintDraft = {
  step: 0,
  merchantName: '',
  merchantAddress: '',
  unregistered: false,
  category: '',
  purchaseDate: '',
  amount: '',
  orderNo: '',
  facts: '',
  kinds: [],
  compensationAmount: '',
  otherRequest: '',
  evidence: [],
  name: '',
  phone: '',
  address: '',
  consent: false,
};

export type ComplaintField =
  | 'merchant'
  | 'merchantName'
  | 'merchantAddress'
  | 'category'
  | 'purchaseDate'
  | 'discoveredOn'
  | 'amount'
  | 'orderNo'
  | 'facts'
  | 'kinds'
  | 'compensationAmount'
  | 'otherRequest'
  | 'evidence'
  | 'name'
  | 'phone'
  | 'address'
  | 'consent';
export type ComplaintErrors = Partial<Record<ComplaintField, string>>;

export const STEP_TITLES = ['商家', '经过', '诉求与证据', '联系方式'] as const;

/** The fields each step asks for, in the order they appear. */
export const STEP_FIELDS: readonly (readonly ComplaintField[])[] = [
  ['merchant', 'merchantName', 'merchantAddress'],
  ['category', 'purchaseDate', 'discoveredOn', 'amount', 'orderNo', 'facts'],
  ['kinds', 'compensationAmount', 'otherRequest', 'evidence'],
  ['name', 'phone', 'address', 'consent'],
];

export const stepOf = (field: ComplaintField) =>
  STEP_FIELDS.findIndex((fields) => fields.includes(field));

export { textLength as length } from '@/domain/text-length';
export { purchaseOverThreeYears } from '@/domain/complaint-dates';
/** The form's counters show the contract's bounds. */
export const { min: FACTS_MIN, max: FACTS_MAX } = LIMITS.facts;
export const MAX_EVIDENCE = MAX_PHOTOS;

export const phoneError = (phone: string) =>
  !phone.trim()
    ? '请输入手机号码'
    : isMobilePhone(phone.trim())
      ? undefined
      : '请输入11位手机号码（1开头）';

/**
 * Every rule of CreateComplaintBody, whatever the user touched. `today` is the Asia/Shanghai
 * date ('YYYY-MM-DD') a purchase may not be after.
 */
export function validateComplaint(draft: ComplaintDraft, today: string): ComplaintErrors {
  const errors: ComplaintErrors = {};

  if (draft.unregistered) {
    const name = lengthError(draft.merchantName, LIMITS.merchantName, {
      empty: '请输入商家名称（招牌或营业执照上的名称）',
      label: '商家名称',
    });
    if (name) errors.merchantName = name;
    const address = lengthError(draft.merchantAddress, LIMITS.merchantAddress, {
      empty: '请输入商家地址',
      label: '商家地址',
    });
    if (address) errors.merchantAddress = address;
  } else if (!draft.merchantId) {
    errors.merchant = '请搜索并选择被投诉的商家，或扫商家码；未登记的商家可手动填写';
  }

  if (!draft.category) errors.category = '请选择投诉类别';

  Object.assign(errors, complaintDateErrors(draft, today));
  if (!draft.purchaseDate) errors.purchaseDate = '请选择消费日期';

  const amount = moneyTextError(draft.amount, '消费金额');
  if (amount) errors.amount = amount;

  if (textLength(draft.orderNo) > LIMITS.orderNo) {
    errors.orderNo = `订单号/小票号最多${LIMITS.orderNo}个字符`;
  }

  const facts = textLength(draft.facts);
  const { min, max } = LIMITS.facts;
  if (facts === 0) errors.facts = `请描述事情经过（至少${min}个字）`;
  else if (facts < min) errors.facts = `事情经过至少${min}个字，还差${min - facts}个字`;
  else if (facts > max) errors.facts = `事情经过最多${max}个字`;

  if (draft.kinds.length === 0) errors.kinds = '请至少选择一项诉求';
  if (draft.kinds.includes('赔偿')) {
    const compensation = moneyTextError(draft.compensationAmount, '赔偿金额');
    if (compensation) errors.compensationAmount = compensation;
  }
  if (draft.kinds.includes('其他')) {
    const other = textLength(draft.otherRequest);
    if (other === 0) errors.otherRequest = '请说明您的其他诉求';
    else if (other > LIMITS.otherRequest) {
      errors.otherRequest = `其他诉求最多${LIMITS.otherRequest}个字`;
    }
  }
  if (draft.evidence.length > MAX_PHOTOS) errors.evidence = `证据照片最多${MAX_PHOTOS}张`;

  const name = lengthError(draft.name, LIMITS.complainantName, {
    empty: '请输入您的姓名',
    label: '姓名',
  });
  if (name) errors.name = name;
  const phone = phoneError(draft.phone);
  if (phone) errors.phone = phone;
  const address = lengthError(draft.address, LIMITS.complainantAddress, {
    empty: '请输入您的联系地址',
    label: '联系地址',
  });
  if (address) errors.address = address;

  if (!draft.consent) errors.consent = '请阅读并勾选同意个人信息的使用说明';
  return errors;
}

/** The errors of one step. */
export const stepErrors = (errors: ComplaintErrors, step: number): ComplaintErrors =>
  Object.fromEntries(
    Object.entries(errors).filter(([field]) =>
      STEP_FIELDS[step]?.includes(field as ComplaintField),
    ),
  );

/** The request body: trimmed, money as numbers, optional parts left out when empty. */
export function toCreateBody(draft: ComplaintDraft, subscribed: boolean): CreateComplaintBody {
  const optional = (text: string) => text.trim() || undefined;
  return {
    merchant: {
      merchantId: draft.unregistered ? undefined : draft.merchantId,
      name: draft.merchantName.trim(),
      address: draft.merchantAddress.trim(),
    },
    category: draft.category as ComplaintCategory,
    purchaseDate: draft.purchaseDate,
    discoveredOn: draft.discoveredOn || undefined,
    amount: toMoney(draft.amount),
    orderNo: optional(draft.orderNo),
    facts: draft.facts.trim(),
    request: {
      kinds: draft.kinds,
      compensationAmount: draft.kinds.includes('赔偿')
        ? toMoney(draft.compensationAmount)
        : undefined,
      other: draft.kinds.includes('其他') ? draft.otherRequest.trim() : undefined,
    },
    evidence: draft.evidence.map((photo) => photo.id),
    complainant: {
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      address: draft.address.trim(),
    },
    consent: true,
    subscribed,
    pledgeId: draft.pledgeId,
  };
}

/** The server's field paths (e.g. "complainant.phone", "request.kinds.0") → the form's fields. */
const SERVER_PATHS: Record<string, ComplaintField> = {
  merchant: 'merchant',
  'merchant.merchantId': 'merchant',
  'merchant.name': 'merchantName',
  'merchant.address': 'merchantAddress',
  request: 'kinds',
  'request.kinds': 'kinds',
  'request.compensationAmount': 'compensationAmount',
  'request.other': 'otherRequest',
  complainant: 'name',
  'complainant.name': 'name',
  'complainant.phone': 'phone',
  'complainant.address': 'address',
};
const TOP_LEVEL: readonly ComplaintField[] = [
  'category',
  'purchaseDate',
  'discoveredOn',
  'amount',
  'orderNo',
  'facts',
  'evidence',
  'consent',
];

export const fieldOfServerPath = fieldByPath(SERVER_PATHS, TOP_LEVEL);
