/**
 * `npm run admin -- backup FILE` and `npm run admin -- restore FILE [--force]` for SQLite: one
 * .tar.gz (backup-archive.ts) with the database (SQLite's online backup, consistent while the
 * server runs), the uploads (local disk; with a bucket only the list of keys, the bucket keeps
 * its own versions) and the development key files. PostgreSQL has pg_dump (README, 备份与恢复).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig, type AppConfig, type Env } from '../config';
import { AppError } from '../plugins/app-error';
import { createStorage, isStorageKey, LocalDiskStorage } from '../storage';
import { ArchiveWriter, readArchive } from './backup-archive';

const FORMAT = 'fangxin-backup';
const VERSION = 1;
const DATABASE = 'fangxin.db';
const MANIFEST = 'manifest.json';
const BUCKET_KEYS = 'bucket-keys.txt';
/** Written only in development (config.ts); production keys live in the environment. */
const KEY_FILES = ['dev-jwt-secret', 'dev-personal-data-key'];

interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  storage: 'local' | 's3';
  uploads: number;
  keyFiles: string[];
}

const refuse = (message: string) => new AppError(400, 'BACKUP_REFUSED', message);

/**
 * The configuration without creating the development key files: a restore must not find fresh
 * keys in its way, and a backup must not invent keys its data was never encrypted with.
 */
export function backupConfig(env: Env): AppConfig {
  return loadConfig({
    ...env,
    JWT_SECRET: env.JWT_SECRET ?? 'x'.repeat(64),
    PERSONAL_DATA_KEY: env.PERSONAL_DATA_KEY ?? randomBytes(32).toString('base64'),
  });
}

function sqliteFile(config: AppConfig, command: string): string {
  if (config.database.kind === 'sqlite') return config.database.file;
  throw refuse(
    command === 'backup'
      ? 'PostgreSQL 请用 pg_dump 备份：pg_dump -Fc "$DATABASE_URL" -f fangxin.dump（见 README 备份与恢复）'
      : 'PostgreSQL 请用 pg_restore 恢复：pg_restore -d "$DATABASE_URL" --clean fangxin.dump（见 README 备份与恢复）',
  );
}

/** Writes the archive; returns what to print. */
export async function backup(config: AppConfig, file: string, env: Env): Promise<string> {
  const dbFile = sqliteFile(config, 'backup');
  if (!existsSync(dbFile)) throw refuse(`数据库文件不存在：${dbFile}`);
  if (existsSync(file)) throw refuse(`备份文件已存在：${file}（请换一个文件名）`);
  await mkdir(dirname(file), { recursive: true });
  const snapshot = `${file}.${randomBytes(6).toString('hex')}.db`;
  const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
  try {
    // The snapshot first, then the uploads: uploads are never deleted, so every file the
    // snapshot names is on disk by the time it is copied.
    const source = new SqliteDatabase(dbFile, { fileMustExist: true });
    try {
      await source.backup(snapshot);
    } finally {
      source.close();
    }
    const archive = new ArchiveWriter(partial);
    await archive.addFile(DATABASE, snapshot, (await stat(snapshot)).size);
    let uploads = 0;
    const storage = createStorage(config.storage);
    if (storage instanceof LocalDiskStorage) {
      for await (const key of storage.list()) {
        await archive.addFile(
          `uploads/${key}`,
          storage.pathOf(key),
          (await stat(storage.pathOf(key))).size,
        );
        uploads++;
      }
    } else {
      const keys: string[] = [];
      for await (const key of storage.list()) keys.push(key);
      await archive.addBuffer(BUCKET_KEYS, Buffer.from(keys.map((k) => `${k}\n`).join('')));
      uploads = keys.length;
    }
    const keyFiles = KEY_FILES.filter((name) => existsSync(join(config.dataDir, name)));
    for (const name of keyFiles) {
      await archive.addBuffer(name, await readFile(join(config.dataDir, name)));
    }
    const manifest: Manifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      storage: config.storage.kind,
      uploads,
      keyFiles,
    };
    await archive.addBuffer(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
    await archive.end();
    await rename(partial, file);
    return [
      `已备份到 ${file}`,
      config.storage.kind === 'local'
        ? `  数据库 1 个，上传文件 ${uploads} 个`
        : `  数据库 1 个，对象存储文件清单 ${uploads} 个（文件本身由存储桶的版本控制保存）`,
      keyFiles.length > 0
        ? `  含开发用密钥文件：${keyFiles.join('、')}——备份文件等同密钥，请加密保存`
        : '',
      env.PERSONAL_DATA_KEY
        ? '  个人信息密钥 PERSONAL_DATA_KEY 来自环境变量，未包含在备份中：请另行保存，丢失后恢复的联系人信息无法读取'
        : '',
    ]
      .filter(Boolean)
      .join('\n');
  } finally {
    await rm(snapshot, { force: true });
    await rm(partial, { force: true });
  }
}

/** Unpacks an archive into config's DATA_DIR; returns what to print. */
export async function restore(config: AppConfig, file: string, force: boolean): Promise<string> {
  const dbFile = sqliteFile(config, 'restore');
  if (!existsSync(file)) throw refuse(`备份文件不存在：${file}`);
  if (existsSync(dbFile) && !force) {
    throw refuse(`数据库已存在：${dbFile}。恢复会覆盖现有数据；确认请加 --force（先停止服务）`);
  }
  await mkdir(dirname(dbFile), { recursive: true });
  const incoming = `${dbFile}.${randomBytes(6).toString('hex')}.restoring`;
  const storage = createStorage(config.storage);
  const keyFiles = new Map<string, Buffer>();
  let manifest: Manifest | undefined;
  let hasDatabase = false;
  let uploads = 0;
  let bucketKeys: string[] = [];
  try {
    for await (const entry of readArchive(file)) {
      if (entry.name === DATABASE) {
        const out = createWriteStream(incoming, { mode: 0o600 });
        await entry.pipeTo(out);
        out.end();
        await finished(out);
        hasDatabase = true;
      } else if (entry.name.startsWith('uploads/')) {
        const key = entry.name.slice('uploads/'.length);
        const bytes = await entry.bytes();
        if (!isStorageKey(key) || createHash('sha256').update(bytes).digest('hex') !== key) {
          throw refuse(`备份文件已损坏：${entry.name} 的内容与其校验值不符`);
        }
        await storage.put(bytes);
        uploads++;
      } else if (entry.name === BUCKET_KEYS) {
        bucketKeys = (await entry.bytes()).toString().split('\n').filter(isStorageKey);
      } else if (KEY_FILES.includes(entry.name)) {
        keyFiles.set(entry.name, await entry.bytes());
      } else if (entry.name === MANIFEST) {
        manifest = JSON.parse((await entry.bytes()).toString()) as Manifest;
      }
    }
    if (manifest?.format !== FORMAT || manifest.version !== VERSION || !hasDatabase) {
      throw refuse('不是本系统的备份文件，或备份不完整（缺少清单或数据库）');
    }
    checkDatabase(incoming);
    for (const [name, bytes] of keyFiles) {
      await writeFile(join(config.dataDir, name), bytes, { mode: 0o600 });
    }
    // A stale write-ahead log next to the restored file would be replayed into it.
    await rm(`${dbFile}-wal`, { force: true });
    await rm(`${dbFile}-shm`, { force: true });
    await rename(incoming, dbFile);
  } finally {
    await rm(incoming, { force: true });
  }
  const missing = [];
  for (const key of bucketKeys) if (!(await storage.has(key))) missing.push(key);
  return [
    `已从 ${file}（${manifest.createdAt}）恢复到 ${dbFile}`,
    `  上传文件 ${uploads} 个已写入${config.storage.kind === 'local' ? '本地目录' : '存储桶'}`,
    bucketKeys.length > 0
      ? `  对象存储清单 ${bucketKeys.length} 个，桶中缺少 ${missing.length} 个${missing.length > 0 ? '（请从存储桶的历史版本恢复）' : ''}`
      : '',
    keyFiles.size > 0
      ? `  已恢复开发用密钥文件：${[...keyFiles.keys()].join('、')}`
      : '  备份中没有密钥文件：请设置与备份时相同的 PERSONAL_DATA_KEY 和 JWT_SECRET，否则联系人信息无法读取',
  ]
    .filter(Boolean)
    .join('\n');
}

function checkDatabase(file: string): void {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw refuse(`备份中的数据库已损坏：${String(result)}`);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(`备份中的数据库无法打开：${(err as Error).message}`);
  } finally {
    db.close();
  }
}
