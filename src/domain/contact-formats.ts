/** Phone formats the contract's patterns and the forms' checks share. */

/** A mainland mobile number: 11 digits, 1 then 3–9. */
export const MOBILE_PHONE_PATTERN = '^1[3-9]\\d{9}$';
export const isMobilePhone = (text: string) => new RegExp(MOBILE_PHONE_PATTERN).test(text);

/** A shop's public phone: 5–20 digits, dashes allowed (0571-12345678, 12315). */
export const PUBLIC_PHONE_PATTERN = '^[0-9-]{5,20}$';
export const isPublicPhone = (text: string) => new RegExp(PUBLIC_PHONE_PATTERN).test(text);
