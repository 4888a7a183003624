import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_WEIGHTS,
  creditCodeCheckChar,
  validateCreditCode,
} from '@/domain/credit-code';

// Independent reference implementation written from FACTS.md (weights listed literally there).
const FACTS_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function referenceCheck(first17: string): string {
  const sum = [...first17].reduce(
    (acc, ch, i) => acc + CREDIT_CODE_ALPHABET.indexOf(ch) * FACTS_WEIGHTS[i],
    0,
  );
  const c = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[c === 31 ? 0 : c];
}
const withCheck = (first17: string) => first17 + referenceCheck(first17);

describe('alphabet and weights', () => {
  test('31 symbols without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });
  test('weights are 3^(i-1) mod 31 as listed in FACTS.md', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(FACTS_WEIGHTS);
  });
});

describe('creditCodeCheckChar', () => {
  test.each([
    // Worked example of FACTS.md.
    ['91350100M000100Y4', '3'],
    ['91110000100000000', 'R'],
    ['11100000000013127', 'D'],
    ['51100000500000000', '7'],
    ['Y1350100000000000', 'U'],
    ['A1100000000000000', '9'],
  ])('%s → %s', (first17, check) => {
    expect(referenceCheck(first17)).toBe(check);
    expect(creditCodeCheckChar(first17)).toBe(check);
  });

  test('sum ≡ 0 (mod 31) maps 31 to "0"', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  test.each(['9135010', '91350100M000100Y4X', '91350100M000100I4'])('rejects %s', (bad) => {
    expect(() => creditCodeCheckChar(bad)).toThrow(RangeError);
  });
});

describe('validateCreditCode: valid codes', () => {
  test.each([
    [withCheck('91350100M000100Y4'), '9', '工商（市场监管）', '1', '企业'],
    [withCheck('92350100MA2Y00000'), '9', '工商（市场监管）', '2', '个体工商户'],
    [withCheck('93350100MA3000000'), '9', '工商（市场监管）', '3', '农民专业合作社'],
    [withCheck('11100000000013127'), '1', '机构编制', '1', '机关'],
    [withCheck('12350100488000000'), '1', '机构编制', '2', '事业单位'],
    [withCheck('51100000500000000'), '5', '民政', '1', '社会团体'],
    [withCheck('52350100MJ0000000'), '5', '民政', '2', '民办非企业单位'],
    [withCheck('53100000500000000'), '5', '民政', '3', '基金会'],
    [withCheck('Y1350100000000000'), 'Y', '其他', '1', '其他'],
    [withCheck('A1100000000000000'), 'A', '中央军委改革和编制办公室', '1', '其他'],
    [withCheck('N2350100000000000'), 'N', '农业', '2', '其他'],
    [withCheck('B1100000000000000'), 'B', '其他登记管理部门', '1', '其他'],
  ])('%s', (code, authority, authorityName, type, typeName) => {
    const r = validateCreditCode(code);
    expect(r).toEqual({
      ok: true,
      code,
      parts: {
        registrationAuthority: { code: authority, name: authorityName },
        entityType: { code: type, name: typeName },
        areaCode: code.slice(2, 8),
        organizationCode: code.slice(8, 17),
        checkChar: code[17],
      },
    });
  });

  test('the worked example 91350100M000100Y43 is well-formed', () => {
    const r = validateCreditCode('91350100M000100Y43');
    expect(r.ok && r.parts.areaCode).toBe('350100');
    expect(r.ok && r.parts.organizationCode).toBe('M000100Y4');
  });

  test.each([
    ['lower case', '91350100m000100y43'],
    ['surrounding spaces', '  91350100M000100Y43\n'],
  ])('normalises %s', (_label, input) => {
    expect(validateCreditCode(input)).toMatchObject({ ok: true, code: '91350100M000100Y43' });
  });
});

describe('validateCreditCode: invalid codes', () => {
  test.each([
    ['', 'empty', '请输入统一社会信用代码'],
    ['   ', 'empty', '请输入统一社会信用代码'],
    ['9135010', 'length', '统一社会信用代码应为18位，当前为7位'],
    ['91350100M000100Y4', 'length', '统一社会信用代码应为18位，当前为17位'],
    ['91350100M000100Y433', 'length', '统一社会信用代码应为18位，当前为19位'],
  ])('%j → %s', (input, reason, message) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason, message });
  });

  test.each([
    ['91350100I000100Y43', 9, 'I'],
    ['91350100M0O0100Y43', 11, 'O'],
    ['9S350100M000100Y43', 2, 'S'],
    ['91350100M000100V43', 16, 'V'],
    ['91350100M000100Y4Z', 18, 'Z'],
    // Lower-case forbidden letters are upper-cased first, then rejected.
    ['91350100m000100y4i', 18, 'I'],
    // A bad character is reported before the (partial) length.
    ['9135o', 5, 'O'],
  ])('%s → character at %i', (input, position, ch) => {
    expect(validateCreditCode(input)).toEqual({
      ok: false,
      reason: 'character',
      message: `第${position}位字符"${ch}"不允许（不使用I、O、S、V、Z）`,
      position,
    });
  });

  test.each([
    ['91350100-000100Y43', 9, '-'],
    ['913501 00M000100Y43', 7, ' '],
    ['91350100中000100Y43', 9, '中'],
  ])('other characters: %j → position %i', (input, position, ch) => {
    const r = validateCreditCode(input);
    expect(r).toMatchObject({ ok: false, reason: 'character', position });
    expect(!r.ok && r.message).toContain(`第${position}位字符"${ch}"不允许`);
  });

  test.each(
    ['91350100M000100Y4', '11100000000013127', '51100000500000000', 'A1100000000000000'].flatMap(
      (first17) => {
        const right = referenceCheck(first17);
        const wrong = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(right) + 1) % 31];
        return [[first17 + wrong, right]];
      },
    ),
  )('wrong check character %s (expected %s)', (code, expected) => {
    expect(validateCreditCode(code)).toEqual({
      ok: false,
      reason: 'check',
      message: `校验位错误：第18位应为"${expected}"，请核对`,
      position: 18,
      expected,
    });
  });

  test('a single mistyped character is caught by the check character', () => {
    // Changing any one of the first 17 characters changes the sum by a non-multiple of 31.
    const good = '91350100M000100Y43';
    for (let i = 0; i < 17; i += 1) {
      const v = CREDIT_CODE_ALPHABET.indexOf(good[i]);
      const typo = good.slice(0, i) + CREDIT_CODE_ALPHABET[(v + 1) % 31] + good.slice(i + 1);
      expect(validateCreditCode(typo)).toMatchObject({ ok: false, reason: 'check' });
    }
  });
});
