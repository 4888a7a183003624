import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (个人信息保护法 第五十一条: encryption as a safeguard): AES-256-GCM with
 * a random 96-bit IV per value. Stored as 'v1:<iv>:<tag>:<data>' (base64url) so that a later key
 * rotation can tell old values from new ones by their prefix.
 */
export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;

export function createPersonalDataCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== 32) throw new RangeError('personal-data key must be 32 bytes');
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv, tag, data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== VERSION || iv === undefined || tag === undefined || data === undefined) {
        throw new Error('personal data: unknown format');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      // final() throws when the tag does not match: a wrong key or a tampered value.
      return Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
