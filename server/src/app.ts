import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from './config';
import { createPersonalDataCipher } from './crypto/personal-data';
import type { DbHandle } from './db';
import { prepareDatabase } from './db/prepare';
import type { AppDeps } from './deps';
import { findUserById } from './features/auth/auth-repository';
import { advisoryRoutes } from './features/advisories/advisories-routes';
import { authRoutes } from './features/auth/auth-routes';
import { calendarRoutes } from './features/calendar/calendar-routes';
import { campaignRoutes } from './features/campaigns/campaigns-routes';
import { complaintRoutes } from './features/complaints/complaints-routes';
import { disclosureRoutes } from './features/disclosure/disclosure-routes';
import { supervisionRoutes } from './features/complaints/supervision-routes';
import { followUpRoutes } from './features/disclosure/follow-ups-routes';
import { eventRoutes } from './features/event/event-routes';
import { favoriteRoutes } from './features/favorites/favorites-routes';
import { healthRoutes } from './features/health/health-routes';
import { lawRoutes } from './features/law/law-routes';
import { lawQaRoutes } from './features/law/qa-routes';
import { sessionRoutes } from './features/law/session-routes';
import { merchantRoutes } from './features/merchants/merchants-routes';
import { messageRoutes } from './features/messages/messages-routes';
import { modelUnitRoutes } from './features/model-units/model-units-routes';
import { pledgeRoutes } from './features/pledges/pledges-routes';
import { privacyRoutes } from './features/privacy/privacy-routes';
import { quizRoutes } from './features/quiz/quiz-routes';
import { regionRoutes } from './features/region/region-routes';
import { reportRoutes } from './features/reports/reports-routes';
import { reportStaffRoutes } from './features/reports/reports-staff-routes';
import { tipRoutes } from './features/tips/tips-routes';
import { uploadRoutes } from './features/uploads/uploads-routes';
import { authPlugin } from './plugins/auth';
import { compressionPlugin } from './plugins/compression';
import { clientErrorHandler, errorHandlerPlugin, frameworkErrors } from './plugins/errors';
import type { JobRunner } from './jobs';
import { createJobRunner } from './jobs/create-runner';
import { defineTestProbe } from './jobs/probe';
import { idempotencyPlugin } from './plugins/idempotency';
import { openApiPlugin } from './plugins/openapi';
import { rateLimitPlugin } from './plugins/rate-limit';
import { createRedisClient } from './plugins/redis';
import { genReqId, requestIdPlugin } from './plugins/request-id';
import { securityHeadersPlugin } from './plugins/security-headers';
import { staticH5Plugin } from './plugins/static-h5';
import { buildValidator } from './plugins/validator';
import { createStorage, type Storage } from './storage';
import { createWechat, type WechatClient } from './wechat';

export const API_PREFIX = '/api/v1';

/** Every feature's routes, registered under API_PREFIX in this order. */
const FEATURE_ROUTES = [
  regionRoutes,
  calendarRoutes,
  authRoutes,
  eventRoutes,
  uploadRoutes,
  merchantRoutes,
  modelUnitRoutes,
  pledgeRoutes,
  complaintRoutes,
  quizRoutes,
  messageRoutes,
  privacyRoutes,
  tipRoutes,
  advisoryRoutes,
  favoriteRoutes,
  disclosureRoutes,
  followUpRoutes,
  supervisionRoutes,
  campaignRoutes,
  lawRoutes,
  lawQaRoutes,
  reportRoutes,
  reportStaffRoutes,
  sessionRoutes,
];

export interface AppOptions {
  config: AppConfig;
  /** An open database: the app migrates and seeds it, and closes it on app.close(). */
  db: DbHandle;
  /** Replace the WeChat client (tests); default: createWechat(config). */
  wechat?: WechatClient;
  /** Replace the file storage; default: config.storage (DATA_DIR/uploads or a bucket). */
  storage?: Storage;
  /** Called for every route as it is registered (tests list them). */
  onRoute?: (route: RouteOptions) => void;
  /** Replace the clock (tests); default: the system clock. */
  now?: () => Date;
  /** Replace the job runner (tests drive jobs by hand); default: createJobRunner(config). */
  jobs?: JobRunner;
}

/** Options for the Fastify instance the app is registered on (main.ts, buildApp). */
export function serverOptions(
  config: AppConfig,
  /** Where log lines go (tests read them); default: stdout. */
  logStream?: NodeJS.WritableStream,
): FastifyHttpOptions<Server> {
  return {
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, ...(logStream ? { stream: logStream } : {}) },
    genReqId,
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    schemaController: { compilersFactory: { buildValidator } },
    frameworkErrors,
    // Requests Node's parser refuses answer in the API's error shape too (plugins/errors.ts),
    // including a missing Host header, which an onRequest hook there refuses.
    clientErrorHandler,
    http: { requireHostHeader: false },
    // While closing, requests already on an open connection are served (the database closes after
    // them) rather than bounced with Fastify's English 503; readiness answers its own 503 so the
    // load balancer drains this instance. New connections are refused from the first moment.
    return503OnClosing: false,
  };
}

/** The whole API: the database made ready, the plugins, then every feature's routes. */
async function app(instance: FastifyInstance, options: AppOptions): Promise<void> {
  const { config, db } = options;
  instance.addHook('onClose', async () => db.close());
  const now = options.now ?? (() => new Date());
  await prepareDatabase(db, {
    seedDemo: config.seedDemo,
    countyCode: config.countyCode,
    now: now(),
  });

  const deps: AppDeps = {
    config,
    db,
    wechat: options.wechat ?? createWechat(config),
    storage: options.storage ?? createStorage(config.storage),
    personalData: createPersonalDataCipher(config.personalDataKey),
    jobs: options.jobs ?? createJobRunner(config, instance.log),
    now,
  };
  // Added before the features' hooks, so it runs after theirs (onClose runs last-added first):
  // running jobs finish (or give up after the timeout) before the database closes.
  instance.addHook('onClose', async () => deps.jobs.stop(config.shutdownTimeoutMs));
  if (options.onRoute) instance.addHook('onRoute', options.onRoute);

  await instance.register(errorHandlerPlugin);
  await instance.register(requestIdPlugin);
  // Before the static files, so every answer carries them, errors and page assets included.
  await instance.register(securityHeadersPlugin, { config, apiPrefix: API_PREFIX });
  // Static files first: the per-IP API limit does not count page assets.
  await instance.register(staticH5Plugin, { h5Dir: config.h5Dir, apiPrefix: API_PREFIX });
  // After the static files, which are compressed at build time.
  await instance.register(compressionPlugin);
  const redis = config.redisUrl ? createRedisClient(config.redisUrl, instance.log) : undefined;
  if (redis) instance.addHook('onClose', async () => redis.disconnect());
  await instance.register(rateLimitPlugin, { config, redis });
  await instance.register(authPlugin, {
    config,
    findAccount: (userId) => findUserById(db.db, userId),
  });
  await instance.register(idempotencyPlugin, { db: db.db, now: deps.now });
  await instance.register(openApiPlugin);

  await instance.register(healthRoutes, { prefix: API_PREFIX, deps, redis });
  for (const routes of FEATURE_ROUTES) {
    await instance.register(routes, { prefix: API_PREFIX, deps });
  }
  // Tests start the runner by sending a job; the probe's schedule needs it started (probe.ts).
  const probe = defineTestProbe(deps.jobs, config, db.db);
  if (config.nodeEnv !== 'test' || probe) instance.addHook('onReady', () => deps.jobs.start());
}

/**
 * Not encapsulated (fastify-plugin): the error handler, hooks and decorators apply to the
 * server it is registered on, as in fastify/demo.
 */
export const appPlugin = fp(app, { name: 'app', fastify: '5.x' });
