import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PrivacyConsentBody, PrivacyConsentState } from '@api/privacy';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { closed, errorResponses } from '../../schemas';
import { agreeToPrivacy, privacyConsentOf } from './privacy-service';

/** 隐私政策 and 用户协议: which versions the signed-in caller agreed to (their own only). */
export const privacyRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  app.get(
    '/privacy/consent',
    signedIn(app.authenticate, 'privacy', {
      summary: '我同意过的隐私政策、用户协议版本',
      response: { 200: PrivacyConsentState, ...errorResponses(401, 403) },
    }),
    async (request) => privacyConsentOf(deps, request.user.sub),
  );

  app.post(
    '/privacy/consent',
    signedIn(app.authenticate, 'privacy', {
      summary: '同意当前版本的隐私政策和用户协议（重复同意同一版本不另记）',
      description:
        '《个人信息保护法》第十四条、第十七条：记录用户同意的隐私政策和用户协议版本、时间和渠道，并写入审计日志。只接受当前版本；登录前在本机同意的，登录后带 agreedAt 补记。',
      body: closed(PrivacyConsentBody),
      response: { 200: PrivacyConsentState, ...errorResponses(400, 401, 403) },
    }),
    async (request) => agreeToPrivacy(deps, request.user.sub, request.body),
  );
};
