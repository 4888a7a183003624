import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, describeDatabase, loadConfig, type Env } from '../../server/src/config';

const SECRET = 'x'.repeat(32);
const DATA_KEY = Buffer.alloc(32, 1).toString('base64');
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fangxin-config-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const load = (env: Env) => loadConfig({ DATA_DIR: dataDir, ...env });

function configError(env: Env): ConfigError {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const config = load({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3150,
      host: '0.0.0.0',
      database: { kind: 'sqlite', file: join(dataDir, 'fangxin.db') },
      dataDir,
      jwtTtlSeconds: 7 * 86400,
      wechatApiBase: 'https://api.weixin.qq.com',
      h5Dir: resolve('dist/h5'),
      logLevel: 'info',
      trustProxy: false,
      rateLimit: { perMinute: 300, loginPerMinute: 20 },
      seedDemo: true,
      devLoginEnabled: true,
      countyCode: 'QS',
    });
    expect(config.wechatAppId).toBeUndefined();
  });

  it('generates a development JWT secret once and keeps it under DATA_DIR', () => {
    const first = load({}).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim()).toBe(first);
    expect(load({}).jwtSecret).toBe(first);
  });

  it('uses JWT_SECRET when given, without writing a file', () => {
    expect(load({ JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
    expect(existsSync(join(dataDir, 'dev-jwt-secret'))).toBe(false);
  });

  it('reads the other variables', () => {
    const config = load({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://app:s3cret@db.internal:5433/fangxin',
      JWT_TTL: '12h',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '50',
      SEED_DEMO: 'false',
      TRUST_PROXY: 'true',
      WECHAT_API_BASE: 'http://127.0.0.1:9999/',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'postgres', url: 'postgres://app:s3cret@db.internal:5433/fangxin' },
      jwtTtlSeconds: 12 * 3600,
      logLevel: 'warn',
      rateLimit: { perMinute: 50, loginPerMinute: 20 },
      seedDemo: false,
      trustProxy: true,
      wechatApiBase: 'http://127.0.0.1:9999',
    });
    // Printed at start: host and database, never the password.
    expect(describeDatabase(config.database)).toBe('PostgreSQL db.internal:5433/fangxin');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['JWT_TTL', 'forever'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['SEED_DEMO', 'maybe'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['WECHAT_API_BASE', 'ftp://x'],
    ['DATABASE_URL', 'mysql://root:pw@host/db'],
    ['JWT_SECRET', 'short'],
  ])('a bad %s (%s) fails with one line naming it', (name, value) => {
    const err = configError({ [name]: value });
    expect(err.variable).toBe(name);
    expect(err.message).toContain(name);
    expect(err.message).not.toContain('\n');
  });

  it('shows the bad PORT value in the message', () => {
    expect(configError({ PORT: 'abc' }).message).toBe('PORT 必须是 1–65535 之间的整数 (got "abc")');
  });

  it('never echoes a DATABASE_URL (it may hold a password)', () => {
    expect(configError({ DATABASE_URL: 'mysql://root:pw@host/db' }).message).not.toContain('pw');
  });

  it('refuses production without JWT_SECRET', () => {
    const err = configError({ NODE_ENV: 'production', WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' });
    expect(err.variable).toBe('JWT_SECRET');
  });

  it('refuses production without WECHAT_APPID', () => {
    const err = configError({ NODE_ENV: 'production', JWT_SECRET: SECRET });
    expect(err.variable).toBe('WECHAT_APPID');
  });

  it('refuses WECHAT_APPID without WECHAT_SECRET, and the reverse', () => {
    expect(configError({ WECHAT_APPID: 'wx1' }).variable).toBe('WECHAT_SECRET');
    expect(configError({ WECHAT_SECRET: 's' }).variable).toBe('WECHAT_APPID');
  });

  it('production with both starts, without dev login and without demo data', () => {
    const config = load({
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      PERSONAL_DATA_KEY: DATA_KEY,
      WECHAT_APPID: 'wx1',
      WECHAT_SECRET: 's',
    });
    expect(config.devLoginEnabled).toBe(false);
    expect(config.wechatAppId).toBe('wx1');
    expect(config.seedDemo).toBe(false);
    expect(config.personalDataKey.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  describe('PERSONAL_DATA_KEY', () => {
    it('is required in production', () => {
      const err = configError({
        NODE_ENV: 'production',
        JWT_SECRET: SECRET,
        WECHAT_APPID: 'wx1',
        WECHAT_SECRET: 's',
      });
      expect(err.variable).toBe('PERSONAL_DATA_KEY');
      expect(err.message).toContain('openssl rand -base64 32');
    });

    it('accepts standard and URL-safe base64 of 32 bytes', () => {
      const key = Buffer.from(Array.from({ length: 32 }, (_, i) => 250 - i));
      expect(load({ PERSONAL_DATA_KEY: key.toString('base64') }).personalDataKey).toEqual(key);
      expect(load({ PERSONAL_DATA_KEY: key.toString('base64url') }).personalDataKey).toEqual(key);
    });

    it.each([
      ['too short', Buffer.alloc(16).toString('base64')],
      ['too long', Buffer.alloc(48).toString('base64')],
      ['not base64', 'this is not a key!!'],
    ])('refuses a key that is %s, without echoing it', (_label, value) => {
      const err = configError({ PERSONAL_DATA_KEY: value });
      expect(err.variable).toBe('PERSONAL_DATA_KEY');
      expect(err.message).not.toContain(value);
      expect(err.message).not.toContain('\n');
    });

    it('is generated once in development and kept under DATA_DIR', () => {
      const first = load({}).personalDataKey;
      expect(first).toHaveLength(32);
      const file = join(dataDir, 'dev-personal-data-key');
      expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(first);
      expect(load({}).personalDataKey).toEqual(first);
    });

    it('never replaces a damaged development key file (the data would be lost)', () => {
      writeFileSync(join(dataDir, 'dev-personal-data-key'), 'garbage\n');
      expect(configError({}).variable).toBe('PERSONAL_DATA_KEY');
      expect(readFileSync(join(dataDir, 'dev-personal-data-key'), 'utf8')).toBe('garbage\n');
    });
  });

  it('reads COUNTY_CODE for certificate numbers', () => {
    expect(load({ COUNTY_CODE: 'QSX' }).countyCode).toBe('QSX');
    expect(configError({ COUNTY_CODE: 'qs' }).variable).toBe('COUNTY_CODE');
  });

  it('an AppID turns dev login off in development too', () => {
    expect(load({ WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' }).devLoginEnabled).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(load({ PORT: '', DATABASE_URL: '  ' })).toMatchObject({
      port: 3150,
      database: { kind: 'sqlite' },
    });
  });
});

describe('STORAGE and S3_*', () => {
  const S3 = {
    STORAGE: 's3',
    S3_BUCKET: 'fangxin-uploads',
    S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'secret-value-never-shown',
  };

  it('keeps uploads on local disk under DATA_DIR by default', () => {
    expect(load({}).storage).toEqual({ kind: 'local', dir: join(dataDir, 'uploads') });
    expect(load({ STORAGE: 'local' }).storage).toEqual({
      kind: 'local',
      dir: join(dataDir, 'uploads'),
    });
  });

  it('reads a bucket with AWS defaults', () => {
    expect(load(S3).storage).toEqual({
      kind: 's3',
      bucket: 'fangxin-uploads',
      region: 'us-east-1',
      endpoint: undefined,
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret-value-never-shown',
      forcePathStyle: false,
      prefix: '',
    });
  });

  it('reads a COS/OSS/MinIO endpoint, region, path style and prefix', () => {
    expect(
      load({
        ...S3,
        S3_REGION: 'ap-guangzhou',
        S3_ENDPOINT: 'https://cos.ap-guangzhou.myqcloud.com/',
        S3_FORCE_PATH_STYLE: 'true',
        S3_PREFIX: '/qingshan/uploads/',
      }).storage,
    ).toMatchObject({
      region: 'ap-guangzhou',
      endpoint: 'https://cos.ap-guangzhou.myqcloud.com',
      forcePathStyle: true,
      prefix: 'qingshan/uploads',
    });
  });

  it('names each missing or bad variable, and never shows the secret', () => {
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      const err = configError({ ...S3, [name]: undefined });
      expect(err.variable).toBe(name);
      expect(err.message).toMatch(/STORAGE=s3/);
    }
    expect(configError({ STORAGE: 'cos' }).variable).toBe('STORAGE');
    expect(configError({ ...S3, S3_ENDPOINT: 'ftp://cos.example' }).variable).toBe('S3_ENDPOINT');
    expect(configError({ ...S3, S3_FORCE_PATH_STYLE: 'maybe' }).variable).toBe(
      'S3_FORCE_PATH_STYLE',
    );
    for (const env of [
      { ...S3, S3_BUCKET: undefined },
      { ...S3, S3_ENDPOINT: 'nonsense' },
      { ...S3, S3_FORCE_PATH_STYLE: 'maybe' },
    ]) {
      expect(configError(env).message).not.toContain('secret-value-never-shown');
    }
  });
});
