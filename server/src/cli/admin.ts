/**
 * Admin CLI: `npm run admin -- create-staff NAME [--admin]`,
 * `npm run admin -- reset-password NAME`, `npm run admin -- import-merchants FILE.csv` and
 * `npm run admin -- import-holidays FILE [--year YYYY] [--source 来源] [--dry-run]` and
 * `npm run admin -- law-import FILE --key … --kind … …` (a county's law, as POST /law/imports);
 * storage-migrate, backup and restore are in backup-commands.ts. Same configuration and database as the server.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config';
import { createDb } from '../db';
import { environmentWithDotEnv } from '../dotenv';
import { prepareDatabase } from '../db/prepare';
import { createStaffAccount, resetStaffPassword } from '../features/auth/staff-accounts-service';
import {
  formatHolidayReport,
  importHolidayFile,
  parseHolidayCliFlags,
} from '../features/calendar/imports-cli';
import { LAW_IMPORT_USAGE, runLawImport } from '../features/law/law-import-service';
import { remindFromCli } from '../features/law/session-reminders';
import { formatImportReport, importMerchantFile } from '../features/merchants/imports-cli';
import { AppError } from '../plugins/app-error';
import { createWechat } from '../wechat';
import { runStorageCommand, STORAGE_COMMANDS, STORAGE_USAGE } from './backup-commands';

const USAGE = `用法:
  npm run admin -- create-staff <用户名> [--admin]   创建工作人员（或管理员）账号
  npm run admin -- reset-password <用户名>           重置工作人员密码
  npm run admin -- import-merchants <文件.csv>       导入商家名录（按信用代码新增或更新）
  npm run admin -- import-holidays <文件> [--year 年份] [--source 来源] [--dry-run]
                                                    导入一年的节假日安排（国务院办公厅通知全文，
                                                    或每行“YYYY-MM-DD 休/班”），整年替换
  npm run admin -- ${LAW_IMPORT_USAGE}
                                                    导入地方性法规（同一编号再次导入即替换）
  npm run admin -- law-remind                        发送到期的法润乡村活动提醒（服务运行时每 10 分钟自动发送）${STORAGE_USAGE}`;

const COMMANDS = [
  'create-staff',
  'reset-password',
  'import-merchants',
  'import-holidays',
  'law-import',
  'law-remind',
];

function printPassword(title: string, username: string, password: string): void {
  console.log(`${title}
  用户名: ${username}
  一次性密码: ${password}

请立即妥善转交本人：该密码只显示这一次，不会再次出现。
首次登录后请立即修改密码（POST /api/v1/auth/password）。`);
}

/** `now`: the CLI's clock, as buildApp's (tests may pass their own). */
export async function runAdmin(argv: string[], now = () => new Date()): Promise<number> {
  const [command, arg, ...rest] = argv;
  if (command && STORAGE_COMMANDS.includes(command)) {
    const code = await runStorageCommand(argv);
    if (code === null) console.error(USAGE);
    return code ?? 2;
  }
  const flags = new Set(rest);
  if (!command || !COMMANDS.includes(command) || (!arg && command !== 'law-remind')) {
    console.error(USAGE);
    return 2;
  }
  const unknown =
    command === 'law-remind'
      ? argv.slice(1)
      : command === 'import-holidays' || command === 'law-import'
        ? []
        : [...flags].filter((f) => !(command === 'create-staff' && f === '--admin'));
  let holidayOptions;
  try {
    if (command === 'import-holidays') holidayOptions = parseHolidayCliFlags(rest);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (unknown.length > 0) {
    console.error(`未知参数: ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }

  const config = loadConfig(environmentWithDotEnv());
  const handle = createDb(config);
  try {
    await prepareDatabase(handle, {
      seedDemo: config.seedDemo,
      countyCode: config.countyCode,
      now: now(),
    });
    if (command === 'import-holidays' && holidayOptions) {
      const text = await readFile(arg, 'utf8').catch(() => {
        throw new AppError(400, 'FILE_NOT_FOUND', `无法读取文件 ${arg}`);
      });
      const report = await importHolidayFile(handle.db, text, holidayOptions, now());
      console.log(`${formatHolidayReport(report)}\n（${handle.location}）`);
      if (report.errors.length > 0) return 1;
    } else if (command === 'law-remind') {
      const wechat = createWechat(config);
      console.log(
        `${await remindFromCli({ db: handle, config, wechat }, now())}（${handle.location}）`,
      );
    } else if (command === 'law-import') {
      console.log(`${await runLawImport(handle.db, arg, rest, now())}\n（${handle.location}）`);
    } else if (command === 'import-merchants') {
      const bytes = await readFile(arg).catch(() => {
        throw new AppError(400, 'FILE_NOT_FOUND', `无法读取文件 ${arg}`);
      });
      const report = await importMerchantFile(handle.db, bytes, now, (t) =>
        process.stderr.write(`\r已处理 ${t.done}/${t.total} 行`),
      );
      process.stderr.write('\n');
      console.log(`${formatImportReport(report)}\n（${handle.location}）`);
    } else if (command === 'create-staff') {
      const username = arg;
      const role = flags.has('--admin') ? 'admin' : 'staff';
      const { password } = await createStaffAccount(handle.db, { username, role, at: now() });
      printPassword(
        `已创建${role === 'admin' ? '管理员' : '工作人员'}账号（${handle.location}）`,
        username,
        password,
      );
    } else {
      const { password } = await resetStaffPassword(handle.db, { username: arg, at: now() });
      printPassword(`已重置密码（${handle.location}）`, arg, password);
    }
    return 0;
  } finally {
    await handle.close();
  }
}

if (require.main === module) {
  runAdmin(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof AppError || err instanceof ConfigError) {
        console.error(`失败: ${err.message}`);
      } else {
        console.error('失败:', err);
      }
      process.exit(1);
    },
  );
}
