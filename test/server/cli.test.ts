import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Session } from '@api/auth';
import { statutoryHolidays } from '@/domain/calendar-statutory';
import {
  createStaffAccount,
  resetStaffPassword,
} from '../../server/src/features/auth/staff-accounts-service';
import { createTestApp, type TestApp } from './support/app';

const run = promisify(execFile);
const root = join(__dirname, '../..');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const staffLogin = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { username, password } });

describe('staff accounts', () => {
  it('creates an account with a strong one-time password that must be changed', async () => {
    const { user, password } = await createStaffAccount(t.db.db, {
      username: 'ops.li',
      role: 'admin',
      at: new Date(),
    });
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(user).toMatchObject({ role: 'admin', username: 'ops.li', must_change_password: 1 });
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(user.password_hash).not.toContain(password);
    const res = await staffLogin('ops.li', password);
    expect(res.statusCode).toBe(200);
    expect(res.json<Session>().user.mustChangePassword).toBe(true);

    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.create')
      .where('target_id', '=', user.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('generates a different password each time', async () => {
    const a = await createStaffAccount(t.db.db, {
      username: 'pw.a',
      role: 'staff',
      at: new Date(),
    });
    const b = await createStaffAccount(t.db.db, {
      username: 'pw.b',
      role: 'staff',
      at: new Date(),
    });
    expect(a.password).not.toBe(b.password);
  });

  it('refuses a duplicate username with a clear message', async () => {
    await createStaffAccount(t.db.db, { username: 'dup.name', role: 'staff', at: new Date() });
    await expect(
      createStaffAccount(t.db.db, { username: 'dup.name', role: 'admin', at: new Date() }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'USERNAME_TAKEN',
      message: '用户名 dup.name 已存在',
    });
  });

  it('refuses a bad username', async () => {
    await expect(
      createStaffAccount(t.db.db, { username: '张三', role: 'staff', at: new Date() }),
    ).rejects.toMatchObject({
      code: 'USERNAME_INVALID',
    });
  });

  it('resets a password: the old one stops working', async () => {
    const { password: old } = await createStaffAccount(t.db.db, {
      username: 'reset.me',
      role: 'staff',
      at: new Date(),
    });
    const { password } = await resetStaffPassword(t.db.db, {
      username: 'reset.me',
      at: new Date(),
    });
    expect(password).not.toBe(old);
    expect((await staffLogin('reset.me', old)).statusCode).toBe(401);
    expect((await staffLogin('reset.me', password)).statusCode).toBe(200);
    await expect(
      resetStaffPassword(t.db.db, { username: 'no.such', at: new Date() }),
    ).rejects.toMatchObject({
      code: 'USER_NOT_FOUND',
    });
  });
});

describe('npm run admin (the real CLI, spawned with tsx)', () => {
  const cli = (...args: string[]) =>
    run(join(root, 'node_modules/.bin/tsx'), ['server/src/cli/admin.ts', ...args], {
      cwd: root,
      timeout: 60_000,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATA_DIR: t.dir,
        DATABASE_URL: t.config.database.kind === 'postgres' ? t.config.database.url : '',
        LOG_LEVEL: 'silent',
      },
    });

  it('prints a one-time password once, and it signs in', async () => {
    const { stdout } = await cli('create-staff', 'cli.wang', '--admin');
    expect(stdout).toContain('管理员');
    expect(stdout).toContain('该密码只显示这一次');
    const password = /一次性密码: (\S+)/.exec(stdout)?.[1];
    expect(password).toBeDefined();
    expect(password!.length).toBeGreaterThanOrEqual(16);
    const res = await staffLogin('cli.wang', password!);
    expect(res.statusCode).toBe(200);
    expect(res.json<Session>().user.role).toBe('admin');
  }, 60_000);

  it('refuses a duplicate with exit code 1 and a Chinese message', async () => {
    await cli('create-staff', 'cli.dup');
    const err = await cli('create-staff', 'cli.dup').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('用户名 cli.dup 已存在');
  }, 60_000);

  it('import-holidays: a bad file exits 1 with every error in Chinese and stores nothing', async () => {
    const file = join(t.dir, 'bad-2099.txt');
    writeFileSync(file, '2099-01-01 休\n2099-03-02 班\n');
    const err = await cli('import-holidays', file, '--source', '测试数据').catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(err).toMatchObject({ code: 1 });
    const out = (err as { stdout: string }).stdout;
    expect(out).toContain('2099-03-02（周一）本来就是工作日');
    expect(out).toContain('未标为“休”');
    const stored = await t.db.db.selectFrom('holiday_years').select('year').execute();
    expect(stored.map((r) => Number(r.year))).not.toContain(2099);
  }, 60_000);

  it('import-holidays: a dry run previews, then the import is stored and audited', async () => {
    // Test data only (not a real arrangement): 2099's statutory days off.
    const file = join(t.dir, 'list-2099.txt');
    writeFileSync(
      file,
      statutoryHolidays(2099)
        .holidays.map((h) => `${h.date} 休`)
        .join('\n'),
    );
    const preview = await cli('import-holidays', file, '--source', '测试数据', '--dry-run');
    expect(preview.stdout).toContain('2099年节假日安排（预览，未保存）：放假 13 天');
    const years = () =>
      t.db.db.selectFrom('holiday_years').selectAll().where('year', '=', 2099).execute();
    expect(await years()).toHaveLength(0);

    const { stdout } = await cli('import-holidays', file, '--source', '测试数据');
    expect(stdout).toContain('已导入2099年节假日安排：放假 13 天');
    expect(await years()).toMatchObject([{ source: '测试数据', imported_by: null }]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'calendar.import')
      .where('target_id', '=', '2099')
      .execute();
    expect(JSON.parse(audit[0].detail ?? '{}')).toMatchObject({ via: 'cli', holidays: 13 });
  }, 60_000);

  it('shows the usage for an unknown command (exit code 2)', async () => {
    const err = await cli('drop-everything', 'x').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('create-staff');
  }, 60_000);
});
