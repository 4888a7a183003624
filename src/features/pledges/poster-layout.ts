import type { OfflineReturnTerms, PledgeKind } from '@api/pledges';
import { POSTER_GRID, wrapText, type PosterOp } from '@/components/poster/poster-ops';
import { PLEDGE_PROOF_LABELS, refundLabel } from '@/domain/pledge-text';

const { width: POSTER_WIDTH, height: POSTER_HEIGHT, margin: MARGIN, red: RED } = POSTER_GRID;

export interface PosterData {
  /** The county campaign, e.g. "2027年青山县「青美消费在青山」". */
  campaign: string;
  merchantName: string;
  kind: PledgeKind;
  terms?: OfflineReturnTerms;
  /** The county initiative's title (kind 'initiative'). */
  initiativeTitle: string;
  certificateNo: string;
}

/** The big line: the promise in a few words. */
export function posterHeadline(data: PosterData): string {
  return data.kind === 'offline-return' && data.terms
    ? `线下购物 ${data.terms.windowDays} 天无理由退货`
    : data.initiativeTitle;
}

const short = (items: string[], max: number) =>
  items.length > max ? `${items.slice(0, max).join('、')}等` : items.join('、');

/** 3–4 short lines of what the promise means at the till, from the signed terms only. */
export function posterTermLines(data: PosterData): string[] {
  const terms = data.terms;
  if (data.kind !== 'offline-return' || !terms) {
    return [
      '本店已签署县消保委放心消费倡议',
      '诚信经营 · 明码标价 · 质量安全',
      '扫码查看承诺书和商家信息',
    ];
  }
  const lines = [
    terms.scope.kind === 'all' ? '适用：本店全部商品' : `适用：${short(terms.scope.categories, 3)}`,
    `凭${PLEDGE_PROOF_LABELS[terms.conditions.proof]}办理`,
    refundLabel(terms),
  ];
  if (terms.excluded.length > 0) lines.push(`不适用：${short(terms.excluded, 3)}`);
  else if (terms.otherBranches) lines.push('本店其他门店同样可退');
  return lines;
}

/** Every shape, line and the QR code's place, from the data alone. */
export function posterLayout(data: PosterData): PosterOp[] {
  const inner = POSTER_WIDTH - MARGIN * 2;
  const center = POSTER_WIDTH / 2;
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: POSTER_HEIGHT, color: '#ffffff' },
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: 150, color: RED },
  ];
  let y = 60;
  for (const line of wrapText(data.campaign, 26, inner, 2)) {
    ops.push({
      op: 'text',
      text: line,
      x: center,
      y,
      size: 26,
      color: '#ffffff',
      bold: true,
      align: 'center',
    });
    y += 36;
  }
  y = 200;
  for (const line of wrapText(data.merchantName, 36, inner, 2)) {
    ops.push({
      op: 'text',
      text: line,
      x: center,
      y,
      size: 36,
      color: '#1d2129',
      bold: true,
      align: 'center',
    });
    y += 48;
  }
  y += 16;
  for (const line of wrapText(posterHeadline(data), 40, inner, 2)) {
    ops.push({
      op: 'text',
      text: line,
      x: center,
      y,
      size: 40,
      color: RED,
      bold: true,
      align: 'center',
    });
    y += 56;
  }
  y += 8;
  ops.push({ op: 'rect', x: MARGIN, y, w: inner, h: 2, color: '#f2d0d1' });
  y += 40;
  for (const line of posterTermLines(data)) {
    const [first] = wrapText(line, 26, inner, 1);
    ops.push({
      op: 'text',
      text: `· ${first}`,
      x: MARGIN,
      y,
      size: 26,
      color: '#4e5969',
      align: 'left',
    });
    y += 44;
  }
  const qr = 200;
  const qrTop = Math.max(y + 24, POSTER_HEIGHT - qr - 120);
  ops.push({ op: 'qrcode', x: center - qr / 2, y: qrTop, size: qr });
  ops.push({
    op: 'text',
    text: '微信扫码查看承诺书',
    x: center,
    y: qrTop + qr + 32,
    size: 22,
    color: '#646a73',
    align: 'center',
  });
  ops.push({
    op: 'text',
    text: `承诺编号 ${data.certificateNo}`,
    x: center,
    y: qrTop + qr + 68,
    size: 22,
    color: '#646a73',
    align: 'center',
  });
  return ops;
}
