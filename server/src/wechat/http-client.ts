import { TOKEN_ERRCODES, WechatError } from './errors';
import type {
  ImageCheckRequest,
  QrCodeRequest,
  SecCheckRequest,
  SecCheckResult,
  SubscribeMessage,
  WechatClient,
  WechatSession,
} from './types';

export interface HttpWechatOptions {
  appId: string;
  secret: string;
  /** https://api.weixin.qq.com, or a local fake server in tests. */
  apiBase: string;
  timeoutMs?: number;
  now?: () => number;
}

interface WechatJson {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

/** img_sec_check's answer for an image with risky content. */
const RISKY_CONTENT_ERRCODE = 87014;

/** Renew the access token this long before WeChat says it expires (clock skew, slow calls). */
const TOKEN_MARGIN_MS = 5 * 60_000;

/** The real client, over HTTPS with the global fetch. */
export class HttpWechatClient implements WechatClient {
  readonly kind = 'wechat' as const;
  private token?: { value: string; expiresAt: number };
  private pendingToken?: Promise<string>;
  private readonly now: () => number;

  constructor(private readonly options: HttpWechatOptions) {
    this.now = options.now ?? Date.now;
  }

  async code2Session(code: string): Promise<WechatSession> {
    const json = await this.getJson('/sns/jscode2session', {
      appid: this.options.appId,
      secret: this.options.secret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    if (typeof json.openid !== 'string' || typeof json.session_key !== 'string') {
      throw new WechatError(-1, 'jscode2session: missing openid or session_key');
    }
    return {
      openid: json.openid,
      unionid: typeof json.unionid === 'string' ? json.unionid : undefined,
      sessionKey: json.session_key,
    };
  }

  async msgSecCheck(input: SecCheckRequest): Promise<SecCheckResult> {
    const json = await this.withToken((token) =>
      this.postJson('/wxa/msg_sec_check', token, {
        content: input.content,
        version: 2,
        scene: input.scene,
        openid: input.openid,
      }),
    );
    const result = (json.result ?? {}) as { suggest?: string; label?: number | string };
    const suggest =
      result.suggest === 'pass' || result.suggest === 'review' ? result.suggest : 'risky';
    return {
      pass: suggest === 'pass',
      suggest,
      label: suggest === 'pass' || result.label === undefined ? undefined : String(result.label),
    };
  }

  /**
   * img_sec_check: the image as multipart `media`. errcode 87014 is WeChat's "risky content"
   * answer (not a failure of the call); any other error is the caller's to handle.
   */
  async imageSecCheck(input: ImageCheckRequest): Promise<SecCheckResult> {
    try {
      await this.withToken(async (token) => {
        const form = new FormData();
        const ext = input.mime === 'image/png' ? 'png' : 'jpg';
        form.append('media', new Blob([input.image], { type: input.mime }), `image.${ext}`);
        const res = await this.fetch('/wxa/img_sec_check', { access_token: token }, form);
        return check(parse(await res.text()));
      });
    } catch (err) {
      if (err instanceof WechatError && err.errcode === RISKY_CONTENT_ERRCODE) {
        return { pass: false, suggest: 'risky', label: String(RISKY_CONTENT_ERRCODE) };
      }
      throw err;
    }
    return { pass: true, suggest: 'pass' };
  }

  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    const data = Object.fromEntries(
      Object.entries(message.data).map(([k, value]) => [k, { value }]),
    );
    await this.withToken((token) =>
      this.postJson('/cgi-bin/message/subscribe/send', token, {
        touser: message.touser,
        template_id: message.templateId,
        page: message.page,
        data,
        lang: 'zh_CN',
      }),
    );
  }

  async getUnlimitedQrCode(input: QrCodeRequest): Promise<Buffer> {
    return this.withToken(async (token) => {
      const res = await this.fetch(
        '/wxa/getwxacodeunlimit',
        { access_token: token },
        {
          scene: input.scene,
          page: input.page,
          width: input.width ?? 430,
        },
      );
      const body = Buffer.from(await res.arrayBuffer());
      // Success is image bytes; failure is a JSON body with errcode.
      if ((res.headers.get('content-type') ?? '').includes('json')) {
        check(parse(body.toString('utf8')));
        throw new WechatError(-1, 'getwxacodeunlimit: JSON answer without an image');
      }
      return body;
    });
  }

  /** The cached access token; one request refreshes it for all concurrent callers. */
  private async accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.expiresAt) return this.token.value;
    this.pendingToken ??= (async () => {
      try {
        const json = await this.getJson('/cgi-bin/token', {
          grant_type: 'client_credential',
          appid: this.options.appId,
          secret: this.options.secret,
        });
        if (typeof json.access_token !== 'string') {
          throw new WechatError(-1, 'token: missing access_token');
        }
        const ttlMs = (typeof json.expires_in === 'number' ? json.expires_in : 7200) * 1000;
        const margin = Math.min(TOKEN_MARGIN_MS, ttlMs / 2);
        this.token = { value: json.access_token, expiresAt: this.now() + ttlMs - margin };
        return json.access_token;
      } finally {
        this.pendingToken = undefined;
      }
    })();
    return this.pendingToken;
  }

  /** Run a call with the access token; on 40001/42001 refresh it once and retry. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (err) {
      if (!(err instanceof WechatError) || !TOKEN_ERRCODES.includes(err.errcode)) throw err;
      if (this.token?.value === token) this.token = undefined;
      return call(await this.accessToken());
    }
  }

  private async getJson(path: string, query: Record<string, string>): Promise<WechatJson> {
    const res = await this.fetch(path, query);
    return check(parse(await res.text()));
  }

  private async postJson(path: string, token: string, body: unknown): Promise<WechatJson> {
    const res = await this.fetch(path, { access_token: token }, body);
    return check(parse(await res.text()));
  }

  private async fetch(
    path: string,
    query: Record<string, string>,
    body?: unknown,
  ): Promise<Response> {
    const url = `${this.options.apiBase}${path}?${new URLSearchParams(query).toString()}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        // FormData sets its own multipart content type (with the boundary).
        headers:
          body === undefined || body instanceof FormData
            ? undefined
            : { 'content-type': 'application/json' },
        body:
          body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      // Never put the URL in the message: it carries the secret or the token.
      throw new WechatError(-1, `network error on ${path}: ${(err as Error).name}`);
    }
    if (!res.ok) throw new WechatError(-1, `HTTP ${res.status} on ${path}`);
    return res;
  }
}

/** WeChat sometimes answers JSON as text/plain: parse the text. */
function parse(text: string): WechatJson {
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === 'object') return json as WechatJson;
  } catch {
    // fall through
  }
  throw new WechatError(-1, 'invalid JSON from WeChat');
}

function check(json: WechatJson): WechatJson {
  if (typeof json.errcode === 'number' && json.errcode !== 0) {
    throw new WechatError(json.errcode, String(json.errmsg ?? ''));
  }
  return json;
}
