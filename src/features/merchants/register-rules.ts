import type { GeoPoint, MerchantType, RegisterMerchantBody } from '@api/merchants';
import { isMobilePhone, isPublicPhone } from '@/domain/contact-formats';
import { validateCreditCode } from '@/domain/credit-code';
import { MERCHANT_LIMITS as LIMITS } from '@/domain/merchant-vocabulary';
import { lengthError, textLength } from '@/domain/text-length';
import type { StoredPhoto } from '@/components/photo-grid';

export { MERCHANT_TYPES } from '@/domain/merchant-vocabulary';

/** What 商家入驻 keeps in its draft: the body as typed, plus what the form needs to redraw. */
export interface RegisterDraft {
  creditCode: string;
  name: string;
  type: MerchantType | '';
  /** The user picked the type themselves: the credit code no longer preselects it. */
  typeChosen: boolean;
  industry: string;
  town: string;
  address: string;
  location?: GeoPoint & { label?: string };
  hours: string;
  publicPhone: string;
  contactName: string;
  contactPhone: string;
  licence?: StoredPhoto;
}

export const EMPTY_REGISTER_DRAFT: RegisterDraft = {
  creditCode: '',
  name: '',
  type: '',
  typeChosen: false,
  industry: '',
  town: '',
  address: '',
  hours: '',
  publicPhone: '',
  contactName: '',
  contactPhone: '',
};

export type RegisterField = keyof RegisterMerchantBody;
export type RegisterErrors = Partial<Record<RegisterField, string>>;

const ENTITY_TYPES: Record<string, MerchantType> = {
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
};

/**
 * The type a credit code implies (GB 32100: authority 9 = 市场监管, then 1 企业, 2 个体工商户,
 * 3 农民专业合作社); any other valid code is '其他'. Undefined until the code says.
 */
export function typeFromCreditCode(input: string): MerchantType | undefined {
  const code = input.trim().toUpperCase();
  const known = ENTITY_TYPES[code.slice(0, 2)];
  if (known) return known;
  return validateCreditCode(code).ok ? '其他' : undefined;
}

/**
 * The credit code's problem, when it is worth saying: a character that can never be valid at
 * once; a wrong length only when 18 characters are typed or the field is left; empty only after
 * leaving the field or trying to send.
 */
export function creditCodeError(
  input: string,
  { left, submitted }: { left: boolean; submitted: boolean },
): string | undefined {
  const result = validateCreditCode(input);
  if (result.ok) return undefined;
  switch (result.reason) {
    case 'character':
    case 'check':
      return result.message;
    case 'length':
      return left || submitted || textLength(input) >= LIMITS.creditCode
        ? result.message
        : undefined;
    case 'empty':
      return left || submitted ? result.message : undefined;
  }
}

interface Choices {
  industries: readonly string[];
  towns: readonly string[];
}

/** Every rule of RegisterMerchantBody (and the county's lists), whatever the user touched. */
export function validateRegister(draft: RegisterDraft, choices?: Choices): RegisterErrors {
  const errors: RegisterErrors = {};
  const code = validateCreditCode(draft.creditCode);
  if (!code.ok) errors.creditCode = code.message;

  const name = lengthError(draft.name, LIMITS.name, {
    empty: '请输入商家名称（与营业执照一致）',
    label: '商家名称',
  });
  if (name) errors.name = name;

  if (!draft.type) errors.type = '请选择主体类型';

  if (!draft.industry) errors.industry = '请选择行业';
  else if (choices && !choices.industries.includes(draft.industry))
    errors.industry = '该行业已不在列表中，请重新选择';

  if (!draft.town) errors.town = '请选择所在镇街';
  else if (choices && !choices.towns.includes(draft.town))
    errors.town = '该镇街已不在列表中，请重新选择';

  const address = lengthError(draft.address, LIMITS.address, {
    empty: '请输入经营地址',
    label: '经营地址',
  });
  if (address) errors.address = address;

  if (textLength(draft.hours) > LIMITS.hours) errors.hours = `营业时间最多${LIMITS.hours}个字`;

  const publicPhone = draft.publicPhone.trim();
  if (publicPhone && !isPublicPhone(publicPhone)) {
    errors.publicPhone = '公开电话为5–20位数字，可含“-”';
  }

  const contactName = lengthError(draft.contactName, LIMITS.contactName, {
    empty: '请输入联系人姓名',
    label: '联系人姓名',
  });
  if (contactName) errors.contactName = contactName;

  const contactPhone = draft.contactPhone.trim();
  if (!contactPhone) errors.contactPhone = '请输入联系电话';
  else if (!isMobilePhone(contactPhone)) errors.contactPhone = '请输入11位手机号码';

  if (!draft.licence) errors.licencePhoto = '请上传营业执照照片';
  return errors;
}

/** The request body: trimmed, upper-cased code, optional fields left out when empty. */
export function toRegisterBody(draft: RegisterDraft): RegisterMerchantBody {
  const optional = (text: string) => text.trim() || undefined;
  return {
    creditCode: draft.creditCode.trim().toUpperCase(),
    name: draft.name.trim(),
    type: draft.type as MerchantType,
    industry: draft.industry,
    town: draft.town,
    address: draft.address.trim(),
    location: draft.location ? { lat: draft.location.lat, lng: draft.location.lng } : undefined,
    hours: optional(draft.hours),
    publicPhone: optional(draft.publicPhone),
    contactName: draft.contactName.trim(),
    contactPhone: draft.contactPhone.trim(),
    licencePhoto: draft.licence?.id ?? '',
  };
}
