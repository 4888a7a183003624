import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { shanghaiDate } from '../../time';
import { nextComplaintNumber } from './complaints-repository';

/** Crockford base32: no I, L, O, U, so a number read out on the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Tracking numbers (投诉编号): `TS` + the Asia/Shanghai date of submission (yyyymmdd) + '-' + the
 * day's 4-digit counter + '-' + 4 random base32 characters, e.g. TS20261130-0007-K3QX. Readable
 * on the phone and sortable by day; the random part (20 bits) makes it not guessable on its own
 * from the date and the counter. A day with more than 9,999 complaints gets 5 digits.
 * Call inside the complaint's transaction so that a rollback returns the counter value.
 */
export async function nextTrackingNo(db: Kysely<Database>, now: Date): Promise<string> {
  const day = shanghaiDate(now).replace(/-/g, '');
  const n = await nextComplaintNumber(db, day);
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  const suffix = Array.from(randomBytes(4), (b) => ALPHABET[b & 31]).join('');
  return `TS${day}-${String(n).padStart(4, '0')}-${suffix}`;
}

export const TRACKING_NO_PATTERN = /^TS\d{8}-\d{4,}-[0-9A-HJKMNP-TV-Z]{4}$/;
