/**
 * Personal data typed into free text (complaint facts, notes, comments) masked before anyone but
 * the author and the handling staff reads it — 个人信息保护法 第二十五条、第五十一条. Finds mobiles,
 * landlines, ID numbers, bank cards, e-mail, QQ/WeChat ids, licence plates and house numbers in
 * running Chinese text; amounts, dates, times, quantities and labelled order numbers stay as typed.
 *
 * No lookbehind: older iOS WeChat engines reject it when parsing, so left boundaries are checked
 * by hand. Full-width characters are matched through a half-width copy of the same length.
 */
import { maskPhone } from './masking';

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** Replaces one match; null keeps the text as typed. */
type Masker = (original: string, m: RegExpExecArray, before: string) => string | null;

interface Rule {
  re: RegExp;
  /** The character before the match must not be one of these (a longer number, a word). */
  notAfter?: RegExp;
  mask: Masker;
}

/** ID number check character (GB 11643): weights 2^(17-i) mod 11, '10X98765432'[sum mod 11]. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11];
}

/** An 18-character 居民身份证号码 whose birth date is plausible and whose check character fits. */
export function isValidIdNumber(id: string): boolean {
  return ID18.test(id) && idNumberCheckChar(id) === id[17].toUpperCase();
}

const DATE8 = String.raw`(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;
const ID18 = new RegExp(String.raw`^[1-9]\d{5}${DATE8}\d{3}[\dXx]$`);

/** Separators people type inside numbers: space, hyphen, en and em dash. */
const SEP = '[ \\-\u2013\u2014]';

const toHalfWidth = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');

const digitsOf = (s: string) => s.replace(/[^0-9０-９XxＸｘ]/g, '');
const stars = (n: number) => '*'.repeat(Math.max(0, n));
/** Keeps the first `head` characters; one * per hidden character. */
const keepHead = (s: string, head: number) => {
  const chars = Array.from(s);
  return chars.slice(0, head).join('') + stars(chars.length - head);
};

// A number right after one of these labels is an order, waybill or device number, not personal.
const ORDER_LABEL =
  /(?:订单|单号|编号|流水号|交易号|运单|快递单|物流单|发票号|序列号|串号|SN|IMEI|imei)[号码]?[)\]】]?[\s:#是为]*$/;
const CARD_LABEL = /(?:卡号|银行卡|账号|帐号|信用卡|储蓄卡)[号码]?[\s:是为]*$/;
const PHONE_LABEL = /(?:电话|座机|固话|手机|号码|联系方式|[Tt]el|TEL)[号码]?[\s:是为]*$/;

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const maskNumber: Masker = (original) => maskPhone(digitsOf(original));

const EMAIL: Rule = {
  // Bounded parts keep the scan linear on long runs of letters.
  re: /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}(?![A-Za-z])/g,
  notAfter: /[A-Za-z0-9._%+-]/,
  mask: (original) => {
    const at = original.indexOf('@');
    return keepHead(original.slice(0, at), 1) + original.slice(at);
  },
};

const ID_18: Rule = {
  re: new RegExp(String.raw`[1-9]\d{5}${SEP}?${DATE8}${SEP}?\d{3}[\dXx](?![0-9A-Za-z])`, 'g'),
  notAfter: /[0-9]/,
  mask: (original, m, before) => (ORDER_LABEL.test(before) ? null : maskNumber(original, m, '')),
};

const ID_15: Rule = {
  re: /[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g,
  notAfter: /[0-9]/,
  mask: ID_18.mask,
};

// 16–19 digits, plain or in groups of four. Luhn-valid, or labelled as a card.
const BANK_CARD: Rule = {
  re: new RegExp(String.raw`\d{4}(?:${SEP}?\d{4}){3}(?:${SEP}?\d{1,3})?(?![0-9])`, 'g'),
  notAfter: /[0-9]/,
  mask: (original, m, before) => {
    const digits = digitsOf(m[0]);
    if (ORDER_LABEL.test(before)) return null;
    return luhnOk(digits) || CARD_LABEL.test(before) ? maskPhone(digitsOf(original)) : null;
  },
};

// 13812345678, 138 1234 5678, 138-1234-5678, +86 138…, (+86)138…, 0138…
const MOBILE: Rule = {
  re: new RegExp(
    String.raw`((?:\+|00)?86${SEP}?|\((?:\+|00)?86\) ?|0)?1[3-9]\d${SEP}?\d{4}${SEP}?\d{4}(?![0-9])`,
    'g',
  ),
  notAfter: /[0-9]/,
  mask: (original, m) => {
    const prefix = original.slice(0, (m[1] ?? '').length);
    return prefix + maskPhone(digitsOf(original.slice(prefix.length)));
  },
};

// 0571-88886666, (0571)8888 6666, 010 62345678: the area code stays, the number's last 4 too.
const LANDLINE: Rule = {
  re: new RegExp(
    String.raw`(\(0\d{2,3}\) ?|0\d{2,3}${SEP}?)([2-9]\d{2,3}${SEP}?\d{4})(?![0-9])`,
    'g',
  ),
  notAfter: /[0-9]/,
  mask: (original, m) => {
    const area = original.slice(0, m[1].length);
    const local = digitsOf(original.slice(area.length));
    return area + stars(local.length - 4) + local.slice(-4);
  },
};

// Without an area code only when labelled: "电话 8888 6666".
const LOCAL_NUMBER: Rule = {
  re: new RegExp(String.raw`[2-9]\d{2,3}${SEP}?\d{4}(?![0-9])`, 'g'),
  notAfter: /[0-9]/,
  mask: (original, _m, before) => {
    if (!PHONE_LABEL.test(before) || ORDER_LABEL.test(before)) return null;
    const local = digitsOf(original);
    return stars(local.length - 4) + local.slice(-4);
  },
};

const IM_ID: Rule = {
  re: /(QQ|qq|Qq|微信号?|VX|vx|Vx|WX|wx|weixin)((?:号码?)?[ :]{0,3})([A-Za-z0-9_-]{5,20})(?![A-Za-z0-9_-])/g,
  notAfter: /[A-Za-z]/,
  mask: (original, m) => {
    const head = m[1].length + m[2].length;
    return original.slice(0, head) + keepHead(original.slice(head), 2);
  },
};

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_LETTER = 'A-HJ-NP-Za-hj-np-z';
// 浙A12345, 浙A·12345, 浙AD12345 (new energy, small), 浙A12345D (new energy, large), 粤Z1234港.
const PLATE: Rule = {
  re: new RegExp(
    `([${PROVINCES}] ?[${PLATE_LETTER}][ ·•・.-]?)` +
      `([DFdf][${PLATE_LETTER}0-9]\\d{4}|\\d{5}[DFdf]|[${PLATE_LETTER}0-9]{4}[${PLATE_LETTER}0-9挂学警港澳])` +
      '(?![A-Za-z0-9])',
    'g',
  ),
  mask: (original, m) => {
    // Ordinary serials carry at most two letters: fewer than three digits is a word, not a plate.
    if ((m[2].match(/\d/g) ?? []).length < 3) return null;
    const serial = Array.from(original.slice(m[1].length));
    return original.slice(0, m[1].length) + stars(serial.length - 1) + serial[serial.length - 1];
  },
};

const NUM = '(?:\\d+|[一二三四五六七八九十百零〇两]+)';
const FIRST_UNIT = '号楼|号院|号|栋|幢|座|单元|室|弄|支弄|组|排|区|巷';
const NEXT_UNIT = `${FIRST_UNIT}|楼|层|户|F|f`;
const ADDRESS_KEY =
  '大道|大街|胡同|路|街|巷|弄|道|小区|花园|家园|新村|公寓|大厦|大楼|广场|中心|山庄|公馆|华庭|名邸|' +
  '花苑|社区|村|苑|园|府|庭|湾|居|阁|邸|坊|城|镇|乡';
// A road or estate name followed by house numbers: 文三路123号5幢2单元301室, 幸福小区3-2-301.
const ADDRESS: Rule = {
  re: new RegExp(
    `(${ADDRESS_KEY})` +
      `( *(?:${NUM} *(?:${FIRST_UNIT})|${NUM}(?:[-—~]${NUM}){1,3}|[A-Za-z] *(?:座|栋|幢|区))` +
      `(?: *(?:${NUM} *(?:${NEXT_UNIT})|[A-Za-z] *(?:座|栋|幢|区|单元)|[-—]${NUM}|之${NUM}|附${NUM}号?))*)` +
      // A bare room number after a building or unit: 5幢1201, but not 1299元 or 1,299.
      '(\\d{3,4}(?![0-9]|[.,][0-9]|[元块角件个台次天日月年%万]))?',
    'g',
  ),
  mask: (original, m) => {
    const keyLength = m[1].length;
    const tail = m[2];
    const roomFits = m[3] !== undefined && /[栋幢元楼座]$/.test(tail);
    const end = keyLength + tail.length + (roomFits ? m[3].length : 0);
    return original.slice(0, keyLength) + '****' + original.slice(end);
  },
};

const ALL_RULES = [
  EMAIL,
  ID_18,
  ID_15,
  BANK_CARD,
  MOBILE,
  LANDLINE,
  LOCAL_NUMBER,
  IM_ID,
  PLATE,
  ADDRESS,
];

/** Matches of every rule on the half-width copy; earlier rules win where matches overlap. */
function maskWith(text: string, rules: readonly Rule[]): string {
  if (!text) return text ?? '';
  const norm = toHalfWidth(text);
  const spans: Span[] = [];
  const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  for (const rule of rules) {
    const re = new RegExp(rule.re.source, rule.re.flags);
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && rule.notAfter?.test(norm[start - 1])) {
        re.lastIndex = start + 1;
        continue;
      }
      if (overlaps(start, end)) continue;
      const before = norm.slice(Math.max(0, start - 16), start);
      const replacement = rule.mask(text.slice(start, end), m, before);
      if (replacement !== null) spans.push({ start, end, replacement });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Running text with personal data masked: 13812345678 → 138****5678, ID and card numbers the
 * same way, 0571-****6666, 浙A****5, z***@qq.com, 文三路****. Amounts, dates, times and
 * quantities are left as typed; text without personal data comes back unchanged.
 */
export function maskPersonalText(text: string): string {
  return maskWith(text, ALL_RULES);
}

/**
 * An order number as the merchant needs it to find the order: only a phone, e-mail or QQ/WeChat
 * id inside it, or a whole value that is a valid ID number, is masked — long order numbers that
 * merely look like cards stay.
 */
export function maskOrderNo(orderNo: string): string {
  const compact = toHalfWidth(orderNo ?? '').replace(/[\s-]/g, '');
  if (isValidIdNumber(compact)) return maskPhone(compact);
  return maskWith(orderNo, [EMAIL, MOBILE, LANDLINE, IM_ID]);
}
