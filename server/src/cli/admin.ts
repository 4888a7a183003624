/**
 * Admin CLI: `npm run admin -- create-staff NAME [--admin]` and
 * `npm run admin -- reset-password NAME`. Same configuration and database as the server.
 */
import { ConfigError, loadConfig } from '../config';
import { createDb } from '../db';
import { environmentWithDotEnv } from '../dotenv';
import { prepareDatabase } from '../db/prepare';
import { createStaffAccount, resetStaffPassword } from '../features/auth/staff-accounts';
import { AppError } from '../plugins/app-error';

const USAGE = `用法:
  npm run admin -- create-staff <用户名> [--admin]   创建工作人员（或管理员）账号
  npm run admin -- reset-password <用户名>           重置工作人员密码`;

function printPassword(title: string, username: string, password: string): void {
  console.log(`${title}
  用户名: ${username}
  一次性密码: ${password}

请立即妥善转交本人：该密码只显示这一次，不会再次出现。
首次登录后请立即修改密码（POST /api/v1/auth/password）。`);
}

export async function runAdmin(argv: string[]): Promise<number> {
  const [command, username, ...rest] = argv;
  const flags = new Set(rest);
  if (!command || !username || (command !== 'create-staff' && command !== 'reset-password')) {
    console.error(USAGE);
    return 2;
  }
  const unknown = [...flags].filter((f) => !(command === 'create-staff' && f === '--admin'));
  if (unknown.length > 0) {
    console.error(`未知参数: ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }

  const config = loadConfig(environmentWithDotEnv());
  const handle = createDb(config);
  try {
    await prepareDatabase(handle, { seedDemo: config.seedDemo });
    if (command === 'create-staff') {
      const role = flags.has('--admin') ? 'admin' : 'staff';
      const { password } = await createStaffAccount(handle.db, { username, role });
      printPassword(
        `已创建${role === 'admin' ? '管理员' : '工作人员'}账号（${handle.location}）`,
        username,
        password,
      );
    } else {
      const { password } = await resetStaffPassword(handle.db, { username });
      printPassword(`已重置密码（${handle.location}）`, username, password);
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
