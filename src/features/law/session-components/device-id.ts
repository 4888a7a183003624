import { storage } from '@/services/storage';

const KEY = 'fx.law.device';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(length = 24): string {
  const bytes = new Uint8Array(length);
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/**
 * This phone's attendance id for a check-in without signing in: made once and kept, so scanning
 * the same QR again is the same attendance (the server stores only a keyed hash of it).
 */
export function deviceId(): string {
  const kept = storage.get<string>(KEY);
  if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
  const made = randomId();
  storage.set(KEY, made);
  return made;
}
