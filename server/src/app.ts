import { join } from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from './config';
import { createPersonalDataCipher } from './crypto/personal-data';
import { createDb, type DbHandle } from './db';
import { prepareDatabase } from './db/prepare';
import type { AppDeps } from './deps';
import { authRoutes } from './features/auth/routes';
import { calendarRoutes } from './features/calendar/routes';
import { complaintRoutes } from './features/complaints/routes';
import { eventRoutes } from './features/event/routes';
import { healthRoutes } from './features/health/routes';
import { merchantRoutes } from './features/merchants/routes';
import { messageRoutes } from './features/messages/messages-routes';
import { modelUnitRoutes } from './features/model-units/routes';
import { pledgeRoutes } from './features/pledges/routes';
import { quizRoutes } from './features/quiz/routes';
import { regionRoutes } from './features/region/routes';
import { uploadRoutes } from './features/uploads/routes';
import { registerAuth } from './plugins/auth';
import { clientErrorHandler, frameworkErrors, registerErrorHandler } from './plugins/errors';
import { registerIdempotency } from './plugins/idempotency';
import { registerOpenApi } from './plugins/openapi';
import { registerRateLimit } from './plugins/rate-limit';
import { genReqId, registerRequestIdHeader } from './plugins/request-id';
import { registerStaticH5 } from './plugins/static-h5';
import { buildValidator } from './plugins/validator';
import { LocalDiskStorage, type Storage } from './storage';
import { createWechat, type WechatClient } from './wechat';

export const API_PREFIX = '/api/v1';

export interface BuildAppOptions {
  /** An already-open database; the app takes ownership and closes it on app.close(). */
  db?: DbHandle;
  /** Replace the WeChat client (tests); default: createWechat(config). */
  wechat?: WechatClient;
  /** Replace the file storage; default: local disk under DATA_DIR/uploads. */
  storage?: Storage;
  /** Called for every route as it is registered (tests list them). */
  onRoute?: (route: RouteOptions) => void;
  /** Replace the clock (tests); default: the system clock. */
  now?: () => Date;
  /** Where log lines go (tests read them); default: stdout. */
  logStream?: NodeJS.WritableStream;
}

/** The whole server without a port: tests drive it with app.inject(). */
export async function buildApp(
  config: AppConfig,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const db = options.db ?? createDb(config);
  let app: FastifyInstance | undefined;
  try {
    await prepareDatabase(db, { seedDemo: config.seedDemo, countyCode: config.countyCode });
    app = Fastify({
      logger:
        config.logLevel === 'silent'
          ? false
          : { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
      genReqId,
      requestIdHeader: false,
      trustProxy: config.trustProxy,
      schemaController: { compilersFactory: { buildValidator } },
      frameworkErrors,
      // Requests Node's parser refuses answer in the API's error shape too (plugins/errors.ts),
      // including a missing Host header, which an onRequest hook there refuses.
      clientErrorHandler,
      http: { requireHostHeader: false },
    }).withTypeProvider<TypeBoxTypeProvider>();
    app.addHook('onClose', async () => db.close());

    const deps: AppDeps = {
      config,
      db,
      wechat: options.wechat ?? createWechat(config),
      storage: options.storage ?? new LocalDiskStorage(join(config.dataDir, 'uploads')),
      personalData: createPersonalDataCipher(config.personalDataKey),
      now: options.now ?? (() => new Date()),
    };
    if (options.onRoute) app.addHook('onRoute', options.onRoute);

    registerErrorHandler(app);
    registerRequestIdHeader(app);
    // Static files first: the per-IP API limit does not count page assets.
    await registerStaticH5(app, config.h5Dir);
    await registerRateLimit(app, config);
    await registerAuth(app, config, db.db);
    registerIdempotency(app, db.db);
    await registerOpenApi(app);

    const feature = { prefix: API_PREFIX, deps };
    await app.register(healthRoutes, feature);
    await app.register(regionRoutes, feature);
    await app.register(calendarRoutes, feature);
    await app.register(authRoutes, feature);
    await app.register(eventRoutes, feature);
    await app.register(uploadRoutes, feature);
    await app.register(merchantRoutes, feature);
    await app.register(modelUnitRoutes, feature);
    await app.register(pledgeRoutes, feature);
    await app.register(complaintRoutes, feature);
    await app.register(quizRoutes, feature);
    await app.register(messageRoutes, feature);
    return app;
  } catch (err) {
    if (app) await app.close();
    else await db.close();
    throw err;
  }
}
