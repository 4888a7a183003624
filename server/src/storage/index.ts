/**
 * Where uploaded bytes live. Content-addressed: the key is the sha256 of the bytes, so storing
 * the same photo twice keeps one copy and a key can never point at other content.
 */
export interface Storage {
  /** Store the bytes (a no-op when they are already there); returns their sha256 (hex). */
  put(bytes: Buffer): Promise<string>;
  /** The bytes under a key, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>;
}

export { LocalDiskStorage } from './local-disk';
