/**
 * 统一社会信用代码 (GB 32100-2015) — see FACTS.md "统一社会信用代码".
 *
 * 18 characters: 1 registration-authority code, 1 entity-type code, 6 administrative-area code
 * (GB/T 2260), 9 organisation code, 1 check character.
 */

/** 31 symbols, value = index (no I, O, S, V, Z). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** W_i = 3^(i-1) mod 31 for i = 1..17 (FACTS.md: 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28). */
export const CREDIT_CODE_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k += 1) w = (w * 3) % 31;
  return w;
});

const FORBIDDEN_LETTERS = 'IOSVZ';

export type CreditCodeParts = {
  registrationAuthority: { code: string; name: string };
  entityType: { code: string; name: string };
  /** 6-digit administrative-area code (GB/T 2260). */
  areaCode: string;
  /** 9-character organisation code (positions 9–17). */
  organizationCode: string;
  checkChar: string;
};

export type CreditCodeResult =
  | { ok: true; code: string; parts: CreditCodeParts }
  | {
      ok: false;
      reason: 'empty' | 'length' | 'character' | 'check';
      message: string;
      /** 1-based position of the offending character ('character' and 'check'). */
      position?: number;
      /** The check character the first 17 characters call for ('check'). */
      expected?: string;
    };

/**
 * Registration-authority codes of GB 32100-2015 (Table 1). Only the codes we are sure of; any
 * other symbol is named '其他登记管理部门'.
 */
const REGISTRATION_AUTHORITIES: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '工商（市场监管）',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};

/** Entity-type codes that depend on the registration authority (GB 32100-2015 Table 1). */
const ENTITY_TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '1': { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  '5': { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  '9': { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
};

function charValue(ch: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(ch);
}

/**
 * Check character for the first 17 characters (upper case):
 * C18 = 31 − (Σ value(C_i)·W_i mod 31), with 31 → '0' (FACTS.md).
 * Throws a RangeError when the input is not 17 characters of the alphabet.
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`creditCodeCheckChar expects 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const v = charValue(first17[i]);
    if (v < 0) {
      throw new RangeError(`creditCodeCheckChar: invalid character "${first17[i]}" at ${i + 1}`);
    }
    sum += v * CREDIT_CODE_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[c === 31 ? 0 : c];
}

/** Splits an already validated 18-character code into its parts. */
export function creditCodeParts(code: string): CreditCodeParts {
  const authority = code[0];
  const type = code[1];
  return {
    registrationAuthority: {
      code: authority,
      name: REGISTRATION_AUTHORITIES[authority] ?? '其他登记管理部门',
    },
    entityType: { code: type, name: ENTITY_TYPES[authority]?.[type] ?? '其他' },
    areaCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    checkChar: code[17],
  };
}

/**
 * Validates a 统一社会信用代码. The input is trimmed and upper-cased first. A bad character anywhere
 * is reported before a wrong length, so partial input while typing yields 'length' (the UI decides
 * when to show it) unless it already contains a character that can never be valid.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = (input ?? '').trim().toUpperCase();
  if (code === '') {
    return { ok: false, reason: 'empty', message: '请输入统一社会信用代码' };
  }
  const chars = Array.from(code);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (charValue(ch) < 0 || ch.length !== 1) {
      const message = FORBIDDEN_LETTERS.includes(ch)
        ? `第${i + 1}位字符"${ch}"不允许（不使用I、O、S、V、Z）`
        : `第${i + 1}位字符"${ch}"不允许（只能是数字或大写字母，不使用I、O、S、V、Z）`;
      return { ok: false, reason: 'character', message, position: i + 1 };
    }
  }
  if (chars.length !== 18) {
    return {
      ok: false,
      reason: 'length',
      message: `统一社会信用代码应为18位，当前为${chars.length}位`,
    };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ok: false,
      reason: 'check',
      message: `校验位错误：第18位应为"${expected}"，请核对`,
      position: 18,
      expected,
    };
  }
  return { ok: true, code, parts: creditCodeParts(code) };
}
