import { validateCreditCode } from '@/domain/credit-code';

export type ScanTarget =
  { kind: 'merchant'; id: string } | { kind: 'credit-code'; code: string } | { kind: 'unknown' };

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A merchant's in-store code carries `m=<id>` as the weapp scene. */
export function merchantIdFromScene(scene: string | undefined): string | undefined {
  if (!scene) return undefined;
  const id = new URLSearchParams(decodeURIComponent(scene)).get('m');
  return id && ULID.test(id) ? id : undefined;
}

/**
 * What a scan points at: a merchant's in-store code (weapp code path with its scene, or the H5
 * link to the merchant page) or a printed 统一社会信用代码 (licences carry it as text or QR).
 */
export function scanTarget(result: { result?: string; path?: string }): ScanTarget {
  const fromPath = result.path?.match(/[?&]scene=([^&]+)/)?.[1];
  const sceneId = merchantIdFromScene(fromPath);
  if (sceneId) return { kind: 'merchant', id: sceneId };

  const text = (result.result ?? '').trim();
  const linkId = text.match(
    /\/features\/merchants\/pages\/detail\/index\?(?:.*&)?id=([0-9A-Z]{26})/,
  )?.[1];
  if (linkId && ULID.test(linkId)) return { kind: 'merchant', id: linkId };

  // Licence QR codes often embed the code among other text; take an 18-character run.
  const candidates = text.toUpperCase().match(/[0-9A-Z]{18}/g) ?? [];
  const code = candidates.find((candidate) => validateCreditCode(candidate).ok);
  return code ? { kind: 'credit-code', code } : { kind: 'unknown' };
}
