import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Where uploads live: local disk under DATA_DIR/uploads, or an S3-compatible bucket. */
export type StorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      /** COS, OSS or MinIO address; unset: AWS's own. */
      endpoint?: string;
      accessKeyId: string;
      secretAccessKey: string;
      /** http://host/bucket/key instead of http://bucket.host/key (MinIO, local servers). */
      forcePathStyle: boolean;
      /** Key prefix inside the bucket (several deployments in one bucket). */
      prefix: string;
    };

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  jwtSecret: string;
  /** AES-256-GCM key (32 bytes) for personal data at rest (contact names, phones). */
  personalDataKey: Buffer;
  /** Short county code in certificate numbers (QS-2027-SF-0001). */
  countyCode: string;
  /** Token lifetime in seconds (JWT_TTL accepts 7d, 12h, 30m, 3600s or plain seconds). */
  jwtTtlSeconds: number;
  wechatAppId?: string;
  wechatSecret?: string;
  wechatApiBase: string;
  /**
   * Subscribe-message template for complaint status changes (WECHAT_TEMPLATE_COMPLAINT_STATUS,
   * from the mini-program's 订阅消息 console). Unset: no messages are sent.
   */
  wechatTemplateComplaintStatus?: string;
  /** Subscribe-message template for report decisions (WECHAT_TEMPLATE_REPORT_STATUS); unset: none. */
  wechatTemplateReportStatus?: string;
  /** Subscribe-message template for 法润乡村 session reminders (WECHAT_TEMPLATE_LAW_SESSION); unset: none. */
  wechatTemplateLawSession?: string;
  /**
   * Where people reach the H5 app (PUBLIC_BASE_URL; default http://localhost:PORT): the pledge
   * poster's QR code opens the merchant page under it when no WeChat AppID is configured.
   */
  publicBaseUrl: string;
  h5Dir: string;
  logLevel: LogLevel;
  /** Behind a load balancer the client IP comes from X-Forwarded-For. */
  trustProxy: boolean;
  rateLimit: { perMinute: number; loginPerMinute: number };
  seedDemo: boolean;
  devLoginEnabled: boolean;
  storage: StorageConfig;
  /** REDIS_URL: rate limits shared by every instance; unset: each instance counts alone. */
  redisUrl?: string;
  /**
   * Strict-Transport-Security: on when PUBLIC_BASE_URL is https (HSTS=false turns it off, for a
   * first try of TLS); never over plain http, where browsers ignore it anyway.
   */
  hsts: boolean;
  /** How long a shutdown waits for in-flight requests and jobs (SHUTDOWN_TIMEOUT, seconds). */
  shutdownTimeoutMs: number;
  /** Run scheduled and background jobs in this instance (JOBS=false: a web-only instance). */
  jobsEnabled: boolean;
}

export type Env = Record<string, string | undefined>;

/** A bad environment variable: the message is one line and names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const MIN_SECRET_LENGTH = 32;

export function loadConfig(env: Env): AppConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const nodeEnv = oneOf('NODE_ENV', read('NODE_ENV') ?? 'development', [
    'development',
    'production',
    'test',
  ] as const);
  const production = nodeEnv === 'production';
  const dataDir = resolve(read('DATA_DIR') ?? './data');

  const wechatAppId = read('WECHAT_APPID');
  const wechatSecret = read('WECHAT_SECRET');
  if (wechatAppId && !wechatSecret) {
    throw new ConfigError(
      'WECHAT_SECRET',
      'WECHAT_SECRET 未设置：设置了 WECHAT_APPID 时必须同时设置',
    );
  }
  if (wechatSecret && !wechatAppId) {
    throw new ConfigError(
      'WECHAT_APPID',
      'WECHAT_APPID 未设置：设置了 WECHAT_SECRET 时必须同时设置',
    );
  }
  if (production && !wechatAppId) {
    throw new ConfigError(
      'WECHAT_APPID',
      'WECHAT_APPID 未设置：生产环境 (NODE_ENV=production) 必须配置小程序 AppID 和 WECHAT_SECRET',
    );
  }

  const jwtSecret = read('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      'JWT_SECRET',
      `JWT_SECRET 至少需要 ${MIN_SECRET_LENGTH} 个字符 (got ${jwtSecret.length})`,
    );
  }
  if (production && jwtSecret === undefined) {
    throw new ConfigError(
      'JWT_SECRET',
      `JWT_SECRET 未设置：生产环境必须提供至少 ${MIN_SECRET_LENGTH} 个字符的随机密钥`,
    );
  }

  const personalDataKey = read('PERSONAL_DATA_KEY');
  if (production && personalDataKey === undefined) {
    throw new ConfigError(
      'PERSONAL_DATA_KEY',
      'PERSONAL_DATA_KEY 未设置：生产环境必须提供 32 字节密钥的 base64（openssl rand -base64 32）',
    );
  }

  const publicBaseUrl = httpUrl(
    'PUBLIC_BASE_URL',
    read('PUBLIC_BASE_URL') ?? `http://localhost:${integer('PORT', read('PORT'), 3150, 1, 65535)}`,
  );

  return {
    nodeEnv,
    port: integer('PORT', read('PORT'), 3150, 1, 65535),
    host: read('HOST') ?? '0.0.0.0',
    database: database(read('DATABASE_URL'), dataDir),
    dataDir,
    jwtSecret: jwtSecret ?? devJwtSecret(dataDir),
    personalDataKey:
      personalDataKey === undefined ? devPersonalDataKey(dataDir) : dataKey(personalDataKey),
    countyCode: countyCode(read('COUNTY_CODE') ?? 'QS'),
    jwtTtlSeconds: duration('JWT_TTL', read('JWT_TTL') ?? '7d'),
    wechatAppId,
    wechatSecret,
    wechatApiBase: httpUrl(
      'WECHAT_API_BASE',
      read('WECHAT_API_BASE') ?? 'https://api.weixin.qq.com',
    ),
    wechatTemplateComplaintStatus: read('WECHAT_TEMPLATE_COMPLAINT_STATUS'),
    wechatTemplateReportStatus: read('WECHAT_TEMPLATE_REPORT_STATUS'),
    wechatTemplateLawSession: read('WECHAT_TEMPLATE_LAW_SESSION'),
    publicBaseUrl,
    h5Dir: resolve(read('H5_DIR') ?? 'dist/h5'),
    logLevel: oneOf('LOG_LEVEL', read('LOG_LEVEL') ?? 'info', LOG_LEVELS),
    trustProxy: boolean('TRUST_PROXY', read('TRUST_PROXY'), false),
    rateLimit: {
      perMinute: integer('RATE_LIMIT_PER_MINUTE', read('RATE_LIMIT_PER_MINUTE'), 300, 1, 1_000_000),
      loginPerMinute: integer(
        'LOGIN_RATE_LIMIT_PER_MINUTE',
        read('LOGIN_RATE_LIMIT_PER_MINUTE'),
        20,
        1,
        1_000_000,
      ),
    },
    // Demo merchants have made-up credit codes: never in a production registry unless asked for.
    seedDemo: boolean('SEED_DEMO', read('SEED_DEMO'), !production),
    devLoginEnabled: !wechatAppId && !production,
    storage: storage(read, dataDir),
    redisUrl: redisUrl(read('REDIS_URL')),
    hsts: publicBaseUrl.startsWith('https://') && boolean('HSTS', read('HSTS'), true),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT', read('SHUTDOWN_TIMEOUT'), 30, 1, 3600) * 1000,
    jobsEnabled: boolean('JOBS', read('JOBS'), true),
  };
}

function storage(read: (name: string) => string | undefined, dataDir: string): StorageConfig {
  const kind = oneOf('STORAGE', read('STORAGE') ?? 'local', ['local', 's3'] as const);
  if (kind === 'local') return { kind, dir: join(dataDir, 'uploads') };
  const required = (name: string): string => {
    const value = read(name);
    if (value === undefined) throw new ConfigError(name, `${name} 未设置：STORAGE=s3 时必须设置`);
    return value;
  };
  const endpoint = read('S3_ENDPOINT');
  return {
    kind,
    bucket: required('S3_BUCKET'),
    region: read('S3_REGION') ?? 'us-east-1',
    endpoint: endpoint === undefined ? undefined : httpUrl('S3_ENDPOINT', endpoint),
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: boolean('S3_FORCE_PATH_STYLE', read('S3_FORCE_PATH_STYLE'), false),
    prefix: (read('S3_PREFIX') ?? '').replace(/^\/+|\/+$/g, ''),
  };
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\//.test(value)) {
    // Never echo the value: it may hold a password.
    throw new ConfigError('REDIS_URL', 'REDIS_URL 必须以 redis:// 或 rediss:// 开头');
  }
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(name, `${name} 必须是 ${allowed.join(' | ')} 之一 (got "${value}")`);
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(name, `${name} 必须是 ${min}–${max} 之间的整数 (got "${value}")`);
  }
  return n;
}

function boolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `${name} 必须是 true 或 false (got "${value}")`);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function duration(name: string, value: string): number {
  const m = /^(\d+)\s*([smhd]?)$/.exec(value);
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2] || 's'] : NaN;
  if (!(seconds >= 60 && seconds <= 90 * 86400)) {
    throw new ConfigError(
      name,
      `${name} 必须是 1m–90d 之间的时长，如 7d、12h、30m 或秒数 (got "${value}")`,
    );
  }
  return seconds;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `${name} 不是有效的 URL (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `${name} 必须以 http:// 或 https:// 开头 (got "${value}")`);
  }
  return value.replace(/\/+$/, '');
}

function database(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) return { kind: 'sqlite', file: join(dataDir, 'fangxin.db') };
  if (!/^postgres(ql)?:\/\//.test(url)) {
    // Never echo the value: it may hold a password.
    throw new ConfigError(
      'DATABASE_URL',
      'DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头；不设置则使用 SQLite',
    );
  }
  try {
    new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL', 'DATABASE_URL 不是有效的 URL');
  }
  return { kind: 'postgres', url };
}

/** In development a random secret kept under DATA_DIR lets tokens survive restarts. */
function devJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  }
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const KEY_BYTES = 32;

/** PERSONAL_DATA_KEY: standard or URL-safe base64 of exactly 32 bytes. Never echoed. */
function dataKey(value: string): Buffer {
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64') : undefined;
  if (!key || key.length !== KEY_BYTES) {
    throw new ConfigError(
      'PERSONAL_DATA_KEY',
      `PERSONAL_DATA_KEY 必须是 ${KEY_BYTES} 字节密钥的 base64（openssl rand -base64 32 生成）`,
    );
  }
  return key;
}

/**
 * In development a random key kept under DATA_DIR, like the JWT secret: losing it makes the
 * stored contact data unreadable, so it is created once and then only read.
 */
function devPersonalDataKey(dataDir: string): Buffer {
  const file = join(dataDir, 'dev-personal-data-key');
  if (existsSync(file)) {
    const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (stored.length !== KEY_BYTES) {
      // Never replace it silently: the data encrypted with it would be lost for good.
      throw new ConfigError('PERSONAL_DATA_KEY', `开发用个人信息密钥文件已损坏：${file}`);
    }
    return stored;
  }
  const key = randomBytes(KEY_BYTES);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return key;
}

function countyCode(value: string): string {
  if (!/^[A-Z]{2,6}$/.test(value)) {
    throw new ConfigError(
      'COUNTY_CODE',
      `COUNTY_CODE 必须是 2–6 个大写字母，如 QS (got "${value}")`,
    );
  }
  return value;
}

/** Where the database lives, for people: the file, or host/db of PostgreSQL without credentials. */
export function describeDatabase(db: DatabaseConfig): string {
  if (db.kind === 'sqlite') return `SQLite ${db.file}`;
  const url = new URL(db.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
