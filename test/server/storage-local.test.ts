import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createStorage, LocalDiskStorage } from '../../server/src/storage';
import { makeTempDir } from '../support/server-process';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('fx-local-storage-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const keysOf = async (storage: LocalDiskStorage) => {
  const keys: string[] = [];
  for await (const key of storage.list()) keys.push(key);
  return keys.sort();
};

describe('LocalDiskStorage: has and list (what backup and migration walk)', () => {
  it('lists each stored file once, and only complete files in their place', async () => {
    const storage = new LocalDiskStorage(join(dir, 'uploads'));
    expect(await keysOf(storage)).toEqual([]); // no folder yet
    const a = await storage.put(Buffer.from('一'));
    const b = await storage.put(Buffer.from('二'));
    await storage.put(Buffer.from('一'));
    // A write cut off before its rename, a stray file, and a key in the wrong folder.
    writeFileSync(`${storage.pathOf(a)}.1a2b3c.tmp`, 'half');
    writeFileSync(join(dirname(storage.pathOf(a)), 'notes.txt'), 'x');
    const misplaced = join(dir, 'uploads', '00', '00', b);
    mkdirSync(dirname(misplaced), { recursive: true });
    writeFileSync(misplaced, '二');
    expect(await keysOf(storage)).toEqual([a, b].sort());
    expect(await storage.has(a)).toBe(true);
    expect(await storage.has('ef'.repeat(32))).toBe(false);
    expect(await storage.has('../../etc/passwd')).toBe(false);
  });

  it('is what createStorage makes for STORAGE=local', () => {
    const storage = createStorage({ kind: 'local', dir: join(dir, 'uploads') });
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe(join(dir, 'uploads'));
  });
});
