import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Storage } from './index';
import { isStorageKey, keyPath } from './key';

/** Files under root/ab/cd/<sha256>. */
export class LocalDiskStorage implements Storage {
  constructor(readonly root: string) {}

  /** The file of a key (for backup and migration, which copy files as they are). */
  pathOf(key: string): string {
    return join(this.root, keyPath(key));
  }

  async put(bytes: Buffer): Promise<string> {
    const key = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(key);
    if (await exists(path)) return key;
    await mkdir(dirname(path), { recursive: true });
    // Write aside, then rename: a reader never sees half a file, and two writers of the same
    // bytes both end with the same complete file.
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes, { mode: 0o640 });
      await rename(temp, path);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    return key;
  }

  async get(key: string): Promise<Buffer | undefined> {
    if (!isStorageKey(key)) return undefined;
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async has(key: string): Promise<boolean> {
    return isStorageKey(key) && exists(this.pathOf(key));
  }

  /** Only complete files in their place: a half-written .tmp or a stray file is no key. */
  async *list(): AsyncIterable<string> {
    for (const first of await entries(this.root)) {
      for (const second of await entries(join(this.root, first))) {
        for (const name of await entries(join(this.root, first, second))) {
          if (isStorageKey(name) && name.startsWith(first + second)) yield name;
        }
      }
    }
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw err;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
