/**
 * The admin CLI's storage commands: storage-migrate, backup, restore. They run before the
 * database is prepared (a restore needs an empty DATA_DIR; a backup changes nothing).
 */
import { join } from 'node:path';
import { environmentWithDotEnv } from '../dotenv';
import { AppError } from '../plugins/app-error';
import { createStorage, LocalDiskStorage } from '../storage';
import { migrateUploads } from '../storage/migrate';
import { backup, backupConfig, restore } from './backup';

export const STORAGE_COMMANDS = ['storage-migrate', 'backup', 'restore'];

export const STORAGE_USAGE = `
  npm run admin -- storage-migrate                   把本地上传文件复制到对象存储（STORAGE=s3；可重复执行）
  npm run admin -- backup <文件.tar.gz>              备份 SQLite 数据库、上传文件和开发用密钥（服务运行时也可）
  npm run admin -- restore <文件.tar.gz> [--force]   恢复到空的 DATA_DIR（覆盖已有数据库需 --force，先停止服务）`;

/** Returns the exit code; null when the arguments do not fit (the caller prints the usage). */
export async function runStorageCommand(argv: string[]): Promise<number | null> {
  const [command, file, ...rest] = argv;
  const force = command === 'restore' && rest.length === 1 && rest[0] === '--force';
  if (command === 'storage-migrate' ? argv.length !== 1 : !file || (rest.length > 0 && !force)) {
    return null;
  }
  const env = environmentWithDotEnv();
  const config = backupConfig(env);
  if (command === 'backup') {
    console.log(await backup(config, file, env));
  } else if (command === 'restore') {
    console.log(await restore(config, file, force));
  } else {
    if (config.storage.kind !== 's3') {
      throw new AppError(
        400,
        'STORAGE_NOT_S3',
        '未配置对象存储：请先设置 STORAGE=s3 和 S3_BUCKET、S3_ACCESS_KEY_ID 等（见 README）',
      );
    }
    const report = await migrateUploads(
      new LocalDiskStorage(join(config.dataDir, 'uploads')),
      createStorage(config.storage),
      (done) => process.stderr.write(`\r已处理 ${done} 个文件`),
    );
    process.stderr.write('\n');
    console.log(
      `已复制 ${report.copied} 个，桶中已有 ${report.present} 个，损坏 ${report.corrupt.length} 个` +
        `（存储桶 ${config.storage.bucket}${config.storage.prefix ? `/${config.storage.prefix}` : ''}）`,
    );
    for (const key of report.corrupt) console.log(`  损坏（内容与文件名不符，未复制）：${key}`);
    if (report.corrupt.length > 0) return 1;
  }
  return 0;
}
