import type { AppConfig } from '../config';
import { HttpWechatClient } from './http-client';
import { LocalWechatDouble } from './local-double';
import type { WechatClient } from './types';

export * from './types';
export { WechatError } from './errors';

/** The real client when an AppID is configured; the local double otherwise (config refuses that in production). */
export function createWechat(config: AppConfig): WechatClient {
  if (config.wechatAppId && config.wechatSecret) {
    return new HttpWechatClient({
      appId: config.wechatAppId,
      secret: config.wechatSecret,
      apiBase: config.wechatApiBase,
    });
  }
  return new LocalWechatDouble();
}
