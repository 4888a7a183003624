import type { LengthLimit } from './text-length';

/** Bounds of a pledge's terms and signature: the contract's schemas and the sign form's checks. */
export const PLEDGE_LIMITS = {
  /** The return window, days. */
  windowDays: { min: 1, max: 365 },
  /** Days until a refund reaches the buyer. */
  refundDays: { min: 1, max: 15 },
  /** One category or excluded kind of goods, characters. */
  tag: { min: 1, max: 20 },
  /** Categories or excluded goods, at most. */
  tags: 20,
  /** The signer's name and role, characters each. */
  signer: { min: 2, max: 20 },
} as const satisfies Record<string, number | LengthLimit>;
