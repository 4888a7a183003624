/**
 * The in-app 隐私政策 and 用户协议: their current versions (the date each text took effect), shared
 * by the client (what it shows and asks for) and the server (what it accepts an agreement to).
 * Change a version when its text changes in substance: everyone is asked again.
 */
export const PRIVACY_VERSIONS = {
  privacy: '2026-12-01',
  terms: '2026-12-01',
} as const;

export type PrivacyVersions = { privacy: string; terms: string };

export const VERSION_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** An agreement covers what is current only if it names both current versions. */
export const isCurrentAgreement = (agreed: PrivacyVersions | null | undefined): boolean =>
  !!agreed &&
  agreed.privacy === PRIVACY_VERSIONS.privacy &&
  agreed.terms === PRIVACY_VERSIONS.terms;
