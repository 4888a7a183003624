import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChangePasswordBody,
  DevLoginBody,
  Session,
  StaffLoginBody,
  User,
  WechatLoginBody,
} from '@api/auth';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { loginRateLimit } from '../../plugins/rate-limit';
import { closed, errorResponses } from '../../schemas';
import {
  changePassword,
  devLogin,
  getMe,
  staffLogin,
  wechatLogin,
  type AuthDeps,
  type TokenIssuer,
} from './auth-service';

export const authRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { config } = deps;
  const rateLimit = loginRateLimit(config);

  const issue: TokenIssuer = (payload) => {
    const token = app.jwt.sign(payload);
    const { exp } = app.jwt.decode<{ exp: number }>(token) ?? { exp: 0 };
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  };
  const authDeps: AuthDeps = { db: deps.db.db, issue, now: deps.now };

  app.post(
    '/auth/wechat',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: '微信登录（wx.login 的 code）',
        body: closed(WechatLoginBody),
        response: { 200: Session, ...errorResponses(400, 401, 403, 429, 502) },
      },
    },
    async (request) =>
      wechatLogin({ ...authDeps, wechat: deps.wechat, log: request.log }, request.body.code),
  );

  // Without an AppID (and never in production) a developer can sign in as any openid.
  if (config.devLoginEnabled) {
    app.post(
      '/auth/dev',
      {
        config: { rateLimit },
        schema: {
          tags: ['auth'],
          summary: '开发登录（仅未配置 AppID 的开发环境）',
          body: closed(DevLoginBody),
          response: { 200: Session, ...errorResponses(400) },
        },
      },
      async (request) => devLogin(authDeps, request.body),
    );
  }

  app.post(
    '/auth/staff',
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: '工作人员登录（用户名和密码）',
        body: closed(StaffLoginBody),
        response: { 200: Session, ...errorResponses(400, 401, 429) },
      },
    },
    async (request) => staffLogin(authDeps, request.body),
  );

  app.post(
    '/auth/password',
    {
      config: { rateLimit, beforePasswordChange: true },
      ...signedIn(requireRole(app, 'staff', 'admin'), 'auth', {
        summary: '修改密码（工作人员；初始密码须先修改，之前签发的登录凭证随之失效）',
        description: '返回新的登录凭证：修改前签发的凭证在所有设备上失效。',
        body: closed(ChangePasswordBody),
        response: { 200: Session, ...errorResponses(400, 401, 403, 429) },
      }),
    },
    async (request) => changePassword(authDeps, request.user.sub, request.body),
  );

  app.get(
    '/me',
    {
      config: { beforePasswordChange: true },
      ...signedIn(app.authenticate, 'auth', {
        summary: '当前用户',
        response: { 200: User, ...errorResponses(401) },
      }),
    },
    async (request) => getMe(authDeps.db, request.user.sub),
  );
};
