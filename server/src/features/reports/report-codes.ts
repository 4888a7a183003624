import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  formatProgressCode,
  normalizeProgressCode,
  PROGRESS_CODE_ALPHABET,
  PROGRESS_CODE_LENGTH,
} from '@/domain/report-vocabulary';
import { nextCounter } from '../../db/counters';
import type { Database } from '../../db/schema';
import { shanghaiDate } from '../../time';

/**
 * 举报编号 JB + the Asia/Shanghai date + '-' + the day's counter, e.g. JB20270315-0012. Call it
 * inside the report's transaction, so a rollback gives the number back.
 */
export async function nextReportNo(db: Kysely<Database>, now: Date): Promise<string> {
  const day = shanghaiDate(now).replace(/-/g, '');
  const n = await nextCounter(db, `report:${day}`);
  return `JB${day}-${String(n).padStart(4, '0')}`;
}

/** 8 characters of the alphabet from crypto randomness (randomInt is uniform), as ABCD-EFGH. */
export function newProgressCode(): string {
  const chars = Array.from(
    { length: PROGRESS_CODE_LENGTH },
    () => PROGRESS_CODE_ALPHABET[randomInt(PROGRESS_CODE_ALPHABET.length)],
  );
  return formatProgressCode(chars.join(''));
}

/**
 * Keys derived from the personal-data key, one per use, so that a hash made for one purpose
 * cannot be matched against another's and the raw key never touches anything but the cipher.
 */
export interface ReportKeys {
  /** The stored hash of a progress code (bound to its report number). */
  codeHash(reportNo: string, code: string): string;
  /** Whether `code` is the one whose hash is `stored`, in constant time. */
  codeMatches(stored: string, reportNo: string, code: string): boolean;
  /** A signed-in caller's id as the per-user limit counts it (not linkable without the key). */
  submitterKey(userId: string): string;
}

const derive = (key: Buffer, purpose: string) =>
  createHmac('sha256', key).update(`fangxin:reports:${purpose}`).digest();

export function reportKeys(personalDataKey: Buffer): ReportKeys {
  const codeKey = derive(personalDataKey, 'progress-code');
  const submitter = derive(personalDataKey, 'submitter');
  const codeHash = (reportNo: string, code: string) =>
    createHmac('sha256', codeKey)
      .update(`${reportNo}\n${normalizeProgressCode(code)}`)
      .digest('base64url');
  return {
    codeHash,
    codeMatches(stored, reportNo, code) {
      const a = Buffer.from(codeHash(reportNo, code));
      const b = Buffer.from(stored);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    submitterKey: (userId) => createHmac('sha256', submitter).update(userId).digest('base64url'),
  };
}

/**
 * Text as duplicates are compared: NFKC, lower case, without whitespace, punctuation or symbols
 * ("同一段话" with other spacing or full-width marks is the same text), then hashed.
 */
export function normalisedKey(...parts: string[]): string {
  const text = parts
    .map((p) =>
      p
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s\p{P}\p{S}]+/gu, ''),
    )
    .join('\n');
  return createHash('sha256').update(text).digest('base64url');
}

/** The same business: the registered merchant, or the same name and address as written. */
export const businessKey = (merchantId: string | null, name: string, address: string) =>
  merchantId ? `m:${merchantId}` : `t:${normalisedKey(name, address)}`;
