import { Type, type Static } from '@sinclair/typebox';
import { VERSION_PATTERN } from '../../src/domain/privacy';
import { literals } from './common';

const Version = Type.String({ pattern: VERSION_PATTERN, maxLength: 10 });

/** Where the person agreed: the mini-program or the browser (H5). */
export const PrivacyChannel = literals(['weapp', 'h5'] as const);
export type PrivacyChannel = Static<typeof PrivacyChannel>;

/**
 * 个人信息保护法 第十四条、第十七条: the versions of 隐私政策 and 用户协议 the caller agreed to.
 * agreedAt: when they agreed before signing in (kept on the device until now); default now.
 */
export const PrivacyConsentBody = Type.Object({
  privacyVersion: Version,
  termsVersion: Version,
  channel: PrivacyChannel,
  agreedAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type PrivacyConsentBody = Static<typeof PrivacyConsentBody>;

export const PrivacyAgreement = Type.Object({
  privacyVersion: Type.String(),
  termsVersion: Type.String(),
  agreedAt: Type.String({ format: 'date-time' }),
  channel: PrivacyChannel,
});
export type PrivacyAgreement = Static<typeof PrivacyAgreement>;

/** The current versions, and the caller's latest agreement (null: none yet). */
export const PrivacyConsentState = Type.Object({
  current: Type.Object({ privacy: Type.String(), terms: Type.String() }),
  agreed: Type.Union([PrivacyAgreement, Type.Null()]),
  /** The latest agreement names both current versions: nothing to ask. */
  upToDate: Type.Boolean(),
});
export type PrivacyConsentState = Static<typeof PrivacyConsentState>;
