import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import type { Upload } from '@api/uploads';
import SqliteDatabase from 'better-sqlite3';
import { backup, backupConfig, restore } from '../../server/src/cli/backup';
import { readArchive } from '../../server/src/cli/backup-archive';
import { LocalDiskStorage, S3Storage, type S3StorageConfig } from '../../server/src/storage';
import { ROOT } from '../support/real-server';
import { makeTempDir } from '../support/server-process';
import { startS3Server, type S3Server } from '../support/s3-server';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { makePng, multipart } from './support/merchants';

let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3.stop());

const configOf = (server: S3Server, prefix = ''): S3StorageConfig => ({
  kind: 's3',
  bucket: server.bucket,
  region: 'us-east-1',
  endpoint: server.endpoint,
  accessKeyId: server.accessKeyId,
  secretAccessKey: server.secretAccessKey,
  forcePathStyle: true,
  prefix,
});

const all = async (storage: S3Storage) => {
  const keys: string[] = [];
  for await (const key of storage.list()) keys.push(key);
  return keys.sort();
};

describe('S3Storage on a real S3-compatible server', () => {
  it('stores bytes under their sha256 and reads them back', async () => {
    const storage = new S3Storage(configOf(s3, 'roundtrip'));
    const bytes = randomBytes(5000);
    const key = await storage.put(bytes);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await storage.get(key)).toEqual(bytes);
    expect(await storage.has(key)).toBe(true);
  });

  it('keeps one object for the same bytes stored twice', async () => {
    const storage = new S3Storage(configOf(s3, 'twice'));
    const bytes = randomBytes(100);
    const first = await storage.put(bytes);
    const second = await storage.put(Buffer.from(bytes));
    expect(second).toBe(first);
    expect(await all(storage)).toEqual([first]);
  });

  it('answers undefined for a key with no object, and for what is no key at all', async () => {
    const storage = new S3Storage(configOf(s3, 'missing'));
    const absent = 'ab'.repeat(32);
    expect(await storage.get(absent)).toBeUndefined();
    expect(await storage.has(absent)).toBe(false);
    expect(await storage.get('../../etc/passwd')).toBeUndefined();
  });

  it('keeps each prefix to itself, in the ab/cd/<sha256> layout', async () => {
    const one = new S3Storage(configOf(s3, 'county-a'));
    const other = new S3Storage(configOf(s3, 'county-b'));
    const key = await one.put(Buffer.from('only in county-a'));
    expect(await other.get(key)).toBeUndefined();
    expect(await all(one)).toEqual([key]);
    expect(await all(other)).toEqual([]);
    const raw = await fetch(
      `${s3.endpoint}/${s3.bucket}/county-a/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`,
    );
    // s3rver answers unsigned reads of an existing object (a real bucket would ask for a
    // signature): what matters here is that the object sits where the layout says.
    expect(raw.status).toBe(200);
    expect(Buffer.from(await raw.arrayBuffer()).toString()).toBe('only in county-a');
  });

  it('lists more keys than fit on one page', async () => {
    const storage = new S3Storage(configOf(s3, 'many'), 4);
    const keys = await Promise.all(
      Array.from({ length: 11 }, (_, i) => storage.put(Buffer.from(`file ${i}`))),
    );
    expect(await all(storage)).toEqual(keys.sort());
  });

  it('reports a bucket it cannot reach or that refuses its keys as unavailable (503)', async () => {
    const down = await startS3Server();
    const config = configOf(down);
    await down.stop();
    for (const storage of [
      new S3Storage(config),
      new S3Storage({ ...configOf(s3), accessKeyId: 'NOT-OURS' }),
    ]) {
      await expect(storage.put(Buffer.from('x'))).rejects.toMatchObject({
        status: 503,
        code: 'STORAGE_UNAVAILABLE',
      });
      await expect(storage.get('ab'.repeat(32))).rejects.toMatchObject({ status: 503 });
    }
  });
});

describe('uploads through the API with STORAGE=s3', () => {
  const s3Env = (server: S3Server, prefix: string) => ({
    STORAGE: 's3',
    S3_BUCKET: server.bucket,
    S3_ENDPOINT: server.endpoint,
    S3_ACCESS_KEY_ID: server.accessKeyId,
    S3_SECRET_ACCESS_KEY: server.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: prefix,
  });

  const upload = async (t: TestApp, token: string, bytes: Buffer) => {
    const { payload, headers } = multipart(bytes, { filename: 'p.png', type: 'image/png' });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?purpose=evidence',
      payload,
      headers: { ...headers, ...bearer(token) },
    });
  };

  it('stores a photo in the bucket and serves it back', async () => {
    const t = await createTestApp({ env: { SEED_DEMO: 'false', ...s3Env(s3, 'api') } });
    try {
      const user = await loginConsumer(t.app);
      const res = await upload(t, user.token, makePng([], 7));
      expect(res.statusCode).toBe(201);
      const up = res.json<Upload>();
      const back = await t.app.inject({ method: 'GET', url: up.url, headers: bearer(user.token) });
      expect(back.statusCode).toBe(200);
      expect(back.headers['content-type']).toBe(up.mime);
      const row = await t.db.db
        .selectFrom('uploads')
        .select('sha256')
        .where('id', '=', up.id)
        .executeTakeFirstOrThrow();
      const inBucket = await new S3Storage(configOf(s3, 'api')).get(row.sha256);
      expect(inBucket).toEqual(back.rawPayload);
    } finally {
      await t.close();
    }
  });

  it('answers 503 with a Chinese message, and records nothing, when the bucket is down', async () => {
    const down = await startS3Server();
    const t = await createTestApp({ env: { SEED_DEMO: 'false', ...s3Env(down, '') } });
    try {
      const user = await loginConsumer(t.app);
      const stored = await upload(t, user.token, makePng([], 8));
      expect(stored.statusCode).toBe(201);
      await down.stop();
      const res = await upload(t, user.token, makePng([], 9));
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        code: 'STORAGE_UNAVAILABLE',
        message: expect.stringMatching(/[\u4e00-\u9fff]/),
      });
      const rows = await t.db.db
        .selectFrom('uploads')
        .select('id')
        .where('owner_id', '=', user.user.id)
        .execute();
      expect(rows).toHaveLength(1);
      const read = await t.app.inject({
        method: 'GET',
        url: stored.json<Upload>().url,
        headers: bearer(user.token),
      });
      expect(read.statusCode).toBe(503);
      expect(read.json()).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    } finally {
      await t.close();
    }
  });
});

describe('npm run admin -- storage-migrate', () => {
  const run = promisify(execFile);

  async function migrate(dataDir: string) {
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      STORAGE: 's3',
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'migrated',
    };
    const args = ['--import', 'tsx', 'server/src/cli/admin.ts', 'storage-migrate'];
    try {
      const { stdout } = await run(process.execPath, args, { cwd: ROOT, env });
      return { code: 0, out: stdout };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  }

  it('copies every local upload to the bucket once, and leaves a damaged file behind', async () => {
    const dataDir = makeTempDir('fx-migrate-');
    try {
      const local = new LocalDiskStorage(`${dataDir}/uploads`);
      const files = [randomBytes(300), randomBytes(2000), Buffer.from('第三个文件')];
      const keys = await Promise.all(files.map((bytes) => local.put(bytes)));

      const first = await migrate(dataDir);
      expect(first).toMatchObject({ code: 0 });
      expect(first.out).toContain('已复制 3 个，桶中已有 0 个，损坏 0 个');
      const bucket = new S3Storage(configOf(s3, 'migrated'));
      expect(await all(bucket)).toEqual([...keys].sort());
      for (const [i, key] of keys.entries()) expect(await bucket.get(key)).toEqual(files[i]);

      const second = await migrate(dataDir);
      expect(second.out).toContain('已复制 0 个，桶中已有 3 个，损坏 0 个');

      // A file whose bytes no longer match its name is not copied under that name.
      const damaged = 'cd'.repeat(32);
      mkdirSync(dirname(local.pathOf(damaged)), { recursive: true });
      writeFileSync(local.pathOf(damaged), 'not what the name says');
      const third = await migrate(dataDir);
      expect(third.code).toBe(1);
      expect(third.out).toContain('已复制 0 个，桶中已有 3 个，损坏 1 个');
      expect(third.out).toContain(damaged);
      expect(await bucket.has(damaged)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('backup and restore with STORAGE=s3', () => {
  const envFor = (dataDir: string, prefix: string) => ({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    STORAGE: 's3',
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: prefix,
  });

  it('keeps the bucket’s key list, and a restore names the keys the bucket has lost', async () => {
    const dir = makeTempDir('fx-s3-backup-');
    try {
      const dataDir = `${dir}/data`;
      mkdirSync(dataDir);
      const db = new SqliteDatabase(`${dataDir}/fangxin.db`);
      db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('备份前的数据')");
      db.close();
      const bucket = new S3Storage(configOf(s3, 'bk'));
      const keys = [
        await bucket.put(Buffer.from('照片一')),
        await bucket.put(Buffer.from('照片二')),
      ];

      const file = `${dir}/backup.tar.gz`;
      const env = envFor(dataDir, 'bk');
      const out = await backup(backupConfig(env), file, env);
      expect(out).toContain('对象存储文件清单 2 个');
      const names: string[] = [];
      let listed = '';
      for await (const entry of readArchive(file)) {
        names.push(entry.name);
        if (entry.name === 'bucket-keys.txt') listed = (await entry.bytes()).toString();
      }
      expect(names.filter((n) => n.startsWith('uploads/'))).toEqual([]);
      expect(listed.trim().split('\n').sort()).toEqual([...keys].sort());

      // Restored against a prefix that holds only one of the two objects.
      await new S3Storage(configOf(s3, 'bk-restored')).put(Buffer.from('照片一'));
      const restoredDir = `${dir}/restored`;
      const report = await restore(backupConfig(envFor(restoredDir, 'bk-restored')), file, false);
      expect(report).toContain('对象存储清单 2 个，桶中缺少 1 个');
      const back = new SqliteDatabase(`${restoredDir}/fangxin.db`, { readonly: true });
      expect(back.prepare('SELECT v FROM t').pluck().all()).toEqual(['备份前的数据']);
      back.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
