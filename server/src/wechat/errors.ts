/** WeChat answered errcode ≠ 0, or could not be reached (errcode -1, like WeChat's "busy"). */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat API error ${errcode}: ${errmsg}`);
    this.name = 'WechatError';
  }
}

/** js_code invalid (40029) or already used (40163). */
export const INVALID_CODE_ERRCODES: readonly number[] = [40029, 40163];

/** access_token invalid (40001) or expired (42001): refresh once and retry. */
export const TOKEN_ERRCODES: readonly number[] = [40001, 42001];
