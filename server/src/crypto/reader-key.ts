import { createHmac } from 'node:crypto';

/**
 * Who read something, for counting a read once per reader per day, without keeping who it was
 * (个人信息保护法 第五十一条): an HMAC of the day and the reader under a server secret. The day is
 * inside the HMAC, so one reader's keys of two days cannot be linked, and the ip and user agent
 * are never stored.
 */
export function readerKey(
  secret: Buffer,
  day: string,
  reader: { userId?: string; ip: string; userAgent?: string },
): string {
  const who = reader.userId ? `u:${reader.userId}` : `a:${reader.ip}\n${reader.userAgent ?? ''}`;
  return createHmac('sha256', secret).update(`reader-key\n${day}\n${who}`).digest('base64url');
}
