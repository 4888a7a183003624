import { fieldByPath } from '@/services/form-errors';
import type { CreateReportBody, ReportLocation } from '@api/reports';
import type { StoredPhoto } from '@/components/photo-grid';
import { isMobilePhone } from '@/domain/contact-formats';
import { isIsoDate } from '@/domain/iso-date';
import { REPORT_LIMITS as LIMITS } from '@/domain/report-vocabulary';
import { lengthError, textLength } from '@/domain/text-length';

/** What 我要举报 keeps in its draft: every field as typed. */
export interface ReportDraft {
  /** Picked from the registry (its name and address are the registry's). */
  merchantId?: string;
  businessName: string;
  businessAddress: string;
  /** Not found in the registry: name and address typed. */
  typed: boolean;
  town: string;
  campaignId?: string;
  description: string;
  seenOn: string;
  /** HH:mm or ''. */
  seenTime: string;
  place: string;
  location?: ReportLocation;
  photos: StoredPhoto[];
  reporterKind: 'anonymous' | 'real-name' | '';
  name: string;
  phone: string;
  wantsReply: boolean;
}

export const EMPTY_REPORT_DRAFT: ReportDraft = {
  businessName: '',
  businessAddress: '',
  typed: false,
  town: '',
  description: '',
  seenOn: '',
  seenTime: '',
  place: '',
  photos: [],
  reporterKind: '',
  name: '',
  phone: '',
  wantsReply: true,
};

export type ReportField =
  | 'business'
  | 'businessName'
  | 'businessAddress'
  | 'town'
  | 'campaignId'
  | 'description'
  | 'seenOn'
  | 'seenTime'
  | 'place'
  | 'photos'
  | 'reporterKind'
  | 'name'
  | 'phone';
export type ReportErrors = Partial<Record<ReportField, string>>;

export const { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX } = LIMITS.description;
export const MAX_REPORT_PHOTOS = LIMITS.photos;

/** Every rule of CreateReportBody; `today` is the Asia/Shanghai date a sighting may not be after. */
export function validateReport(draft: ReportDraft, today: string): ReportErrors {
  const errors: ReportErrors = {};
  if (draft.typed) {
    const name = lengthError(draft.businessName, LIMITS.businessName, {
      empty: '请输入商家名称（招牌或营业执照上的名称）',
      label: '商家名称',
    });
    if (name) errors.businessName = name;
    const address = lengthError(draft.businessAddress, LIMITS.businessAddress, {
      empty: '请输入商家地址',
      label: '商家地址',
    });
    if (address) errors.businessAddress = address;
  } else if (!draft.merchantId) {
    errors.business = '请搜索并选择被举报的商家，找不到可手动填写';
  }

  const words = textLength(draft.description);
  if (words === 0) errors.description = `请写下您看到的违法行为（至少${DESCRIPTION_MIN}个字）`;
  else if (words < DESCRIPTION_MIN) {
    errors.description = `至少${DESCRIPTION_MIN}个字，还差${DESCRIPTION_MIN - words}个字`;
  } else if (words > DESCRIPTION_MAX) errors.description = `最多${DESCRIPTION_MAX}个字`;

  if (!draft.seenOn) errors.seenOn = '请选择发现的日期';
  else if (!isIsoDate(draft.seenOn) || draft.seenOn > today) errors.seenOn = '日期不能晚于今天';

  const place = lengthError(draft.place, LIMITS.place, {
    empty: '请写下发现的地点，如 城关镇人民路12号店内',
    label: '地点',
  });
  if (place) errors.place = place;
  if (draft.photos.length > MAX_REPORT_PHOTOS) errors.photos = `照片最多${MAX_REPORT_PHOTOS}张`;

  if (!draft.reporterKind) errors.reporterKind = '请选择匿名举报或实名举报';
  if (draft.reporterKind === 'real-name') {
    const name = lengthError(draft.name, LIMITS.name, { empty: '请输入您的姓名', label: '姓名' });
    if (name) errors.name = name;
    const phone = draft.phone.trim();
    if (!phone) errors.phone = '请输入手机号码';
    else if (!isMobilePhone(phone)) errors.phone = '请输入11位手机号码（1开头）';
  }
  return errors;
}

/** The request body: trimmed; an anonymous report carries nothing about the reporter. */
export function toCreateBody(draft: ReportDraft, subscribed: boolean): CreateReportBody {
  const realName = draft.reporterKind === 'real-name';
  return {
    reporter: realName
      ? { kind: 'real-name', name: draft.name.trim(), phone: draft.phone.trim() }
      : { kind: 'anonymous' },
    business: {
      merchantId: draft.typed ? undefined : draft.merchantId,
      name: draft.businessName.trim(),
      address: draft.businessAddress.trim(),
    },
    campaignId: draft.campaignId || undefined,
    description: draft.description.trim(),
    seenOn: draft.seenOn,
    seenTime: draft.seenTime || undefined,
    place: draft.place.trim(),
    town: draft.town || undefined,
    location: draft.location,
    photos: draft.photos.map((photo) => photo.id),
    wantsReply: draft.wantsReply,
    subscribed: realName ? subscribed : undefined,
  };
}

/** The server's field paths (e.g. "reporter.phone", "business.name") → the form's fields. */
const SERVER_PATHS: Record<string, ReportField> = {
  reporter: 'reporterKind',
  'reporter.kind': 'reporterKind',
  'reporter.name': 'name',
  'reporter.phone': 'phone',
  business: 'business',
  'business.merchantId': 'business',
  'business.name': 'businessName',
  'business.address': 'businessAddress',
  location: 'place',
};
const TOP_LEVEL: readonly ReportField[] = [
  'town',
  'campaignId',
  'description',
  'seenOn',
  'seenTime',
  'place',
  'photos',
];

export const fieldOfServerPath = fieldByPath(SERVER_PATHS, TOP_LEVEL);
