import type { LengthLimit } from './text-length';

/** 主体类型 of a merchant, in the order the form offers them. */
export const MERCHANT_TYPES = ['企业', '个体工商户', '农民专业合作社', '其他'] as const;

/**
 * Text lengths (code points) of a merchant's facts: the registration contract, the 商家入驻 form
 * and the directory CSV import read them here.
 */
export const MERCHANT_LIMITS = {
  creditCode: 18,
  name: { min: 2, max: 60 },
  industry: 20,
  town: 20,
  address: { min: 4, max: 120 },
  hours: 40,
  contactName: { min: 2, max: 20 },
} as const satisfies Record<string, number | LengthLimit>;
