/**
 * EAN-13 / EAN-8 commodity barcodes — see FACTS.md "EAN-13 / EAN-8".
 */

export type BarcodeKind = 'EAN-13' | 'EAN-8';

export type Gs1Issuer = {
  /** The 3-digit prefix of the code that was looked up. */
  prefix: string;
  name: string;
  kind: 'member' | 'restricted' | 'isbn' | 'issn' | 'coupon';
};

export type BarcodeResult =
  | { ok: true; kind: BarcodeKind; code: string; issuer: Gs1Issuer | null }
  | {
      ok: false;
      reason: 'empty' | 'character' | 'length' | 'check';
      message: string;
      /** The check digit the body calls for ('check'). */
      expected?: number;
      kind?: BarcodeKind;
    };

/**
 * Shown next to every barcode result: the prefix is about who issued the company prefix, not where
 * the goods come from, and a valid code proves nothing about authenticity.
 */
export const BARCODE_NOTICE =
  '条码前缀只表示分配厂商识别代码的GS1编码组织（如690–699为中国物品编码中心），' +
  '并不代表商品的生产国或原产地；条码格式和校验位正确，也不能证明商品是正品。' +
  '如需核实，请通过中国物品编码中心的官方渠道（条码追溯、编码信息查询）查询该条码的注册信息。';

/**
 * EAN check digit of a body (12 digits for EAN-13, 7 for EAN-8): weights 3,1,3,1… from the right
 * of the body; check = (10 − sum mod 10) mod 10 (FACTS.md). Throws a RangeError on non-digits.
 */
export function eanCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) {
    throw new RangeError('eanCheckDigit expects a string of digits');
  }
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

type PrefixRange = readonly [from: number, to: number, name: string, kind: Gs1Issuer['kind']];

/**
 * GS1 prefix table (FACTS.md). Deliberately partial: prefixes not listed here return null, which
 * means "not in our table", not "unassigned".
 */
const GS1_PREFIXES: readonly PrefixRange[] = [
  [0, 19, 'GS1 US（美国）', 'member'],
  [20, 29, '店内码/限定流通（非全球唯一）', 'restricted'],
  [30, 39, 'GS1 US（美国）', 'member'],
  [40, 49, '店内码/限定流通（非全球唯一）', 'restricted'],
  [60, 139, 'GS1 US（美国）', 'member'],
  [200, 299, '店内码/限定流通（非全球唯一）', 'restricted'],
  [300, 379, 'GS1 France（法国）', 'member'],
  [400, 440, 'GS1 Germany（德国）', 'member'],
  [450, 459, 'GS1 Japan（日本）', 'member'],
  [471, 471, 'GS1 Taiwan（中国台湾）', 'member'],
  [489, 489, 'GS1 Hong Kong（中国香港）', 'member'],
  [490, 499, 'GS1 Japan（日本）', 'member'],
  [500, 509, 'GS1 UK（英国）', 'member'],
  [690, 699, '中国物品编码中心（GS1 China）', 'member'],
  [880, 880, 'GS1 Korea（韩国）', 'member'],
  [958, 958, 'GS1 Macau（中国澳门）', 'member'],
  [977, 977, '期刊（ISSN）', 'issn'],
  [978, 979, '图书（ISBN）', 'isbn'],
  // GS1 General Specifications: prefix 99 is reserved for coupon identification.
  [990, 999, '优惠券（限定流通）', 'coupon'],
];

/** Issuer of an EAN-13 code by its 3-digit prefix, or null when the prefix is not in our table. */
export function gs1Issuer(code13: string): Gs1Issuer | null {
  const prefix = code13.trim().slice(0, 3);
  if (!/^\d{3}$/.test(prefix)) return null;
  const n = Number(prefix);
  const hit = GS1_PREFIXES.find(([from, to]) => n >= from && n <= to);
  return hit ? { prefix, name: hit[2], kind: hit[3] } : null;
}

/**
 * Validates an EAN-13 or EAN-8 code. Surrounding and inner spaces are ignored, because the digits
 * under a barcode are printed in groups ("6 901234 567892").
 */
export function validateBarcode(input: string): BarcodeResult {
  const code = (input ?? '').replace(/\s+/g, '');
  if (code === '') {
    return { ok: false, reason: 'empty', message: '请输入商品条码' };
  }
  const chars = Array.from(code);
  const bad = chars.findIndex((ch) => ch < '0' || ch > '9' || ch.length !== 1);
  if (bad >= 0) {
    return {
      ok: false,
      reason: 'character',
      message: `第${bad + 1}位字符"${chars[bad]}"不是数字，商品条码只包含数字`,
    };
  }
  let kind: BarcodeKind;
  if (code.length === 13) kind = 'EAN-13';
  else if (code.length === 8) kind = 'EAN-8';
  else {
    return {
      ok: false,
      reason: 'length',
      message: `商品条码应为13位（EAN-13）或8位（EAN-8），当前为${code.length}位`,
    };
  }
  const expected = eanCheckDigit(code.slice(0, -1));
  if (Number(code[code.length - 1]) !== expected) {
    return {
      ok: false,
      reason: 'check',
      message: `校验位错误：最后一位应为"${expected}"，请核对条码是否输错`,
      expected,
      kind,
    };
  }
  // The prefix lookup is for EAN-13 only (EAN-8 prefixes are a separate, short allocation).
  return { ok: true, kind, code, issuer: kind === 'EAN-13' ? gs1Issuer(code) : null };
}
