import { createHash } from 'node:crypto';
import type { OfflineReturnTerms, PledgeKind } from '@api/pledges';

/** Everything a signature covers. Any change to any of it changes the hash. */
export interface SignedContent {
  kind: PledgeKind;
  merchantId: string;
  merchantName: string;
  text: string;
  /** null for the initiative. */
  terms: OfflineReturnTerms | null;
  signerName: string;
  signerRole: string;
  /** sha256 (hex) of the signature image bytes; null only on seeded demo rows. */
  signatureSha256: string | null;
}

/**
 * Canonical JSON: object keys sorted at every level, no whitespace, arrays in order. Two equal
 * values always give the same string, whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The content hash stored with a pledge and printed on its certificate. */
export function contentHash(content: SignedContent): string {
  return sha256Hex(canonicalJson(content));
}
