import type { AppConfig } from './config';
import type { PersonalDataCipher } from './crypto/personal-data';
import type { DbHandle } from './db';
import type { JobRunner } from './jobs';
import type { Storage } from './storage';
import type { WechatClient } from './wechat';

/** What feature plugins receive from buildApp: no globals, easy to replace in tests. */
export interface AppDeps {
  config: AppConfig;
  db: DbHandle;
  wechat: WechatClient;
  /** Uploaded files (content-addressed). */
  storage: Storage;
  /** Encrypts contact names and phones at rest. */
  personalData: PersonalDataCipher;
  /** Scheduled and background work: define jobs when registering routes, send them later. */
  jobs: JobRunner;
  /** The current instant: deadlines and timelines read it, so tests can move time. */
  now: () => Date;
}

export interface FeatureOptions {
  deps: AppDeps;
}
