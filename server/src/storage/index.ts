import type { StorageConfig } from '../config';
import { LocalDiskStorage } from './local-disk';
import { S3Storage } from './s3';

/**
 * Where uploaded bytes live. Content-addressed: the key is the sha256 of the bytes, so storing
 * the same photo twice keeps one copy and a key can never point at other content.
 */
export interface Storage {
  /** Store the bytes (a no-op when they are already there); returns their sha256 (hex). */
  put(bytes: Buffer): Promise<string>;
  /** The bytes under a key, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Whether bytes are stored under the key. */
  has(key: string): Promise<boolean>;
  /** Every stored key (for migration and backup), in no particular order. */
  list(): AsyncIterable<string>;
}

export function createStorage(config: StorageConfig): Storage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalDiskStorage(config.dir);
}

export { isStorageKey, keyPath } from './key';
export { LocalDiskStorage } from './local-disk';
export { S3Storage, storageUnavailable, type S3StorageConfig } from './s3';
