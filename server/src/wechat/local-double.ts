import { createHash, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import sharp from 'sharp';
import type {
  ImageCheckRequest,
  QrCodeRequest,
  SecCheckRequest,
  SecCheckResult,
  SubscribeMessage,
  WechatClient,
  WechatSession,
} from './types';

/** Words the double treats as risky, so content moderation paths can be exercised offline. */
export const LOCAL_RISKY_WORDS: readonly string[] = ['违禁词测试', '赌博', '代开发票', '枪支'];

/**
 * Image dimensions the double treats as risky (a property that survives the uploads' re-encoding),
 * so that tests can prove an image refusal offline: any image exactly this size.
 */
export const LOCAL_RISKY_IMAGE_SIZE = { width: 13, height: 13 } as const;

export interface OutboxEntry extends SubscribeMessage {
  sentAt: string;
}

/**
 * Stands in for WeChat when no AppID is configured (development and tests, never production):
 * code 'dev:<openid>' signs in as that openid, anything else maps to a stable derived openid.
 */
export class LocalWechatDouble implements WechatClient {
  readonly kind = 'local' as const;
  /** Subscribe messages "sent", newest last (tests read it). */
  readonly outbox: OutboxEntry[] = [];

  async code2Session(code: string): Promise<WechatSession> {
    const openid = code.startsWith('dev:')
      ? code.slice(4)
      : `local_${createHash('sha256').update(code).digest('hex').slice(0, 24)}`;
    return { openid, sessionKey: randomBytes(16).toString('base64') };
  }

  async msgSecCheck(input: SecCheckRequest): Promise<SecCheckResult> {
    const risky = LOCAL_RISKY_WORDS.some((w) => input.content.includes(w));
    return risky
      ? { pass: false, suggest: 'risky', label: '20001' }
      : { pass: true, suggest: 'pass' };
  }

  async imageSecCheck(input: ImageCheckRequest): Promise<SecCheckResult> {
    const { width, height } = await sharp(input.image)
      .metadata()
      .catch(() => ({ width: 0, height: 0 }));
    const risky =
      width === LOCAL_RISKY_IMAGE_SIZE.width && height === LOCAL_RISKY_IMAGE_SIZE.height;
    return risky
      ? { pass: false, suggest: 'risky', label: '87014' }
      : { pass: true, suggest: 'pass' };
  }

  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    this.outbox.push({ ...message, sentAt: new Date().toISOString() });
  }

  /** A real, scannable QR code of `page?scene` (WeChat's own code cannot be drawn offline). */
  async getUnlimitedQrCode(input: QrCodeRequest): Promise<Buffer> {
    return renderQrPng(`${input.page}?${input.scene}`, input.width);
  }
}

/** A QR code (PNG) of any text, e.g. a URL of the H5 merchant page for the printed poster. */
export function renderQrPng(text: string, width = 430): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
