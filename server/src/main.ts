import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify from 'fastify';
import { API_PREFIX, appPlugin, serverOptions } from './app';
import { ConfigError, describeDatabase, loadConfig } from './config';
import { createDb } from './db';
import { environmentWithDotEnv } from './dotenv';
import { DOCS_PREFIX } from './plugins/openapi';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(environmentWithDotEnv());
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`配置错误: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  const app = Fastify(serverOptions(config));
  try {
    await app.register(appPlugin, { config, db: createDb(config) });
  } catch (err) {
    await app.close(); // closes the database too
    throw err;
  }
  await app.listen({ port: config.port, host: config.host });

  const base = `http://localhost:${config.port}`;
  const weapp = resolve('dist/weapp');
  const lines = [
    '',
    '放心消费 API 已启动',
    `  H5 页面    ${base}/`,
    `  接口       ${base}${API_PREFIX}`,
    `  接口文档   ${base}${DOCS_PREFIX}`,
    `  数据库     ${describeDatabase(config.database)}`,
    existsSync(weapp)
      ? `  小程序     ${weapp}\n             用微信开发者工具打开 ${process.cwd()}（project.config.json 指向 dist/weapp）`
      : '  小程序     尚未构建：运行 npm run build:weapp',
    existsSync(resolve(config.h5Dir, 'index.html'))
      ? ''
      : '  提示       H5 尚未构建：运行 npm run build:h5',
    config.devLoginEnabled
      ? '  开发登录   已开启（未配置 WECHAT_APPID）：POST /api/v1/auth/dev'
      : '',
    '',
  ];
  console.log(lines.filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join('\n'));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) process.exit(1); // a second Ctrl-C does not wait
    closing = true;
    app.log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    // app.close(): readiness answers 503, the port stops accepting, in-flight requests finish,
    // then the onClose hooks stop the jobs and close Redis and the database.
    const hardExit = setTimeout(() => {
      app.log.error('shutdown took longer than SHUTDOWN_TIMEOUT: exiting anyway');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    hardExit.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('启动失败:', err instanceof Error ? err.message : err);
  if (process.env.NODE_ENV !== 'production' && err instanceof Error) console.error(err.stack);
  process.exit(1);
});
