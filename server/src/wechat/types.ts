/** The WeChat server APIs the app uses; a real HTTP client and a local double implement it. */
export interface WechatSession {
  openid: string;
  unionid?: string;
  /** Server-side only: stored in users.session_key, never sent to a client. */
  sessionKey: string;
}

/** msgSecCheck scenes (v2): 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type SecCheckScene = 1 | 2 | 3 | 4;

/** Text a user wrote, checked before it is shown to others. */
export interface SecCheckRequest {
  openid: string;
  content: string;
  scene: SecCheckScene;
}

export interface SecCheckResult {
  /** True only when WeChat suggests 'pass'. */
  pass: boolean;
  suggest: 'pass' | 'review' | 'risky';
  /** WeChat's label code (e.g. 10001 广告, 20001 时政); absent when passed. */
  label?: string;
}

/** An image a user uploaded, checked before it is shown to others (img_sec_check). */
export interface ImageCheckRequest {
  openid: string;
  /** The stored (re-encoded) bytes. */
  image: Buffer;
  mime: string;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  /** Template keyword → value, e.g. { thing1: '投诉已受理' }. */
  data: Record<string, string>;
}

export interface QrCodeRequest {
  /** At most 32 visible characters (WeChat's limit). */
  scene: string;
  page: string;
  width?: number;
}

export interface WechatClient {
  readonly kind: 'wechat' | 'local';
  code2Session(code: string): Promise<WechatSession>;
  msgSecCheck(input: SecCheckRequest): Promise<SecCheckResult>;
  /** WeChat's image check: 'risky' when it refuses the image, 'pass' otherwise. */
  imageSecCheck(input: ImageCheckRequest): Promise<SecCheckResult>;
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>;
  getUnlimitedQrCode(input: QrCodeRequest): Promise<Buffer>;
}
