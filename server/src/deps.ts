import type { AppConfig } from './config';
import type { DbHandle } from './db';
import type { WechatClient } from './wechat';

/** What feature plugins receive from buildApp: no globals, easy to replace in tests. */
export interface AppDeps {
  config: AppConfig;
  db: DbHandle;
  wechat: WechatClient;
}

export interface FeatureOptions {
  deps: AppDeps;
}
