import type { LengthLimit } from './text-length';

/**
 * Text lengths (code points) of a complaint and its actions: the contract's schemas and the
 * forms' checks and inputs read them here.
 */
export const COMPLAINT_LIMITS = {
  merchantName: { min: 2, max: 60 },
  merchantAddress: { min: 2, max: 120 },
  orderNo: 64,
  facts: { min: 20, max: 2000 },
  otherRequest: 200,
  complainantName: { min: 2, max: 20 },
  complainantAddress: { min: 5, max: 120 },
  /** A staff note on a transition (accept, reject, pause …). */
  note: 500,
  /** A pause for testing says what is tested. */
  pauseNote: { min: 2, max: 500 },
  agreement: { min: 5, max: 1000 },
  message: 1000,
  ratingComment: 500,
  consentNote: 300,
} as const satisfies Record<string, number | LengthLimit>;
