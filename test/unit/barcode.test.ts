import { BARCODE_NOTICE, eanCheckDigit, gs1Issuer, validateBarcode } from '@/domain/barcode';

// Independent reference from FACTS.md: weights 3,1,3,1… from the right of the body.
function referenceCheck(body: string): number {
  const sum = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}
const withCheck = (body: string) => body + referenceCheck(body);

describe('eanCheckDigit', () => {
  test.each([
    ['690123456789', 2],
    ['400638133393', 1], // 4006381333931
    ['978030640615', 7], // ISBN 978-0-306-40615-7
    ['501234567890', 0],
    ['471123456789', 9],
    ['7351353', 7], // EAN-8 73513537
    ['6901234', 1],
  ])('%s → %i', (body, digit) => {
    expect(referenceCheck(body)).toBe(digit);
    expect(eanCheckDigit(body)).toBe(digit);
  });

  test.each(['', '69012345678X', '6901 2345'])('rejects %j', (body) => {
    expect(() => eanCheckDigit(body)).toThrow(RangeError);
  });
});

describe('validateBarcode: valid', () => {
  test.each([
    [withCheck('690123456789'), 'EAN-13', '中国物品编码中心（GS1 China）'],
    [withCheck('692000000001'), 'EAN-13', '中国物品编码中心（GS1 China）'],
    ['4006381333931', 'EAN-13', 'GS1 Germany（德国）'],
    ['9780306406157', 'EAN-13', '图书（ISBN）'],
    [withCheck('977123456700'), 'EAN-13', '期刊（ISSN）'],
    [withCheck('880123456789'), 'EAN-13', 'GS1 Korea（韩国）'],
    [withCheck('700123456789'), 'EAN-13', null],
  ])('%s', (code, kind, issuerName) => {
    const r = validateBarcode(code);
    expect(r).toMatchObject({ ok: true, kind, code });
    expect(r.ok && (r.issuer?.name ?? null)).toBe(issuerName);
  });

  test.each([['73513537'], [withCheck('6901234')], ['96385074']])('EAN-8 %s', (code) => {
    expect(validateBarcode(code)).toEqual({ ok: true, kind: 'EAN-8', code, issuer: null });
  });

  test('ignores the spaces printed under the bars', () => {
    expect(validateBarcode(' 6 901234 567892 ')).toMatchObject({
      ok: true,
      code: '6901234567892',
    });
  });
});

describe('validateBarcode: invalid', () => {
  test.each([
    ['', { reason: 'empty', message: '请输入商品条码' }],
    ['   ', { reason: 'empty', message: '请输入商品条码' }],
    ['69012345678A', { reason: 'character', message: '第12位字符"A"不是数字，商品条码只包含数字' }],
    ['6901-234', { reason: 'character', message: '第5位字符"-"不是数字，商品条码只包含数字' }],
    [
      '690123456789',
      { reason: 'length', message: '商品条码应为13位（EAN-13）或8位（EAN-8），当前为12位' },
    ],
    [
      '69012345678901',
      { reason: 'length', message: '商品条码应为13位（EAN-13）或8位（EAN-8），当前为14位' },
    ],
    ['6901', { reason: 'length', message: '商品条码应为13位（EAN-13）或8位（EAN-8），当前为4位' }],
  ])('%j', (input, expected) => {
    expect(validateBarcode(input)).toEqual({ ok: false, ...expected });
  });

  test.each([
    ['6901234567893', 'EAN-13', 2],
    ['4006381333930', 'EAN-13', 1],
    ['73513530', 'EAN-8', 7],
  ])('wrong check digit %s', (code, kind, expected) => {
    expect(validateBarcode(code)).toEqual({
      ok: false,
      reason: 'check',
      message: `校验位错误：最后一位应为"${expected}"，请核对条码是否输错`,
      expected,
      kind,
    });
  });

  test('every single-digit typo in the body is caught', () => {
    const good = '6901234567892';
    for (let i = 0; i < 12; i += 1) {
      const typo = good.slice(0, i) + ((Number(good[i]) + 1) % 10) + good.slice(i + 1);
      expect(validateBarcode(typo)).toMatchObject({ ok: false, reason: 'check' });
    }
  });
});

describe('gs1Issuer prefix ranges', () => {
  const code = (prefix: string) => withCheck(prefix + '123456789');
  test.each([
    ['000', 'member', 'GS1 US（美国）'],
    ['019', 'member', 'GS1 US（美国）'],
    ['020', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['029', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['030', 'member', 'GS1 US（美国）'],
    ['039', 'member', 'GS1 US（美国）'],
    ['040', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['049', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['050', null, null],
    ['059', null, null],
    ['060', 'member', 'GS1 US（美国）'],
    ['139', 'member', 'GS1 US（美国）'],
    ['140', null, null],
    ['199', null, null],
    ['200', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['299', 'restricted', '店内码/限定流通（非全球唯一）'],
    ['300', 'member', 'GS1 France（法国）'],
    ['379', 'member', 'GS1 France（法国）'],
    ['380', null, null],
    ['400', 'member', 'GS1 Germany（德国）'],
    ['440', 'member', 'GS1 Germany（德国）'],
    ['441', null, null],
    ['450', 'member', 'GS1 Japan（日本）'],
    ['459', 'member', 'GS1 Japan（日本）'],
    ['470', null, null],
    ['471', 'member', 'GS1 Taiwan（中国台湾）'],
    ['472', null, null],
    ['488', null, null],
    ['489', 'member', 'GS1 Hong Kong（中国香港）'],
    ['490', 'member', 'GS1 Japan（日本）'],
    ['499', 'member', 'GS1 Japan（日本）'],
    ['500', 'member', 'GS1 UK（英国）'],
    ['509', 'member', 'GS1 UK（英国）'],
    ['510', null, null],
    ['689', null, null],
    ['690', 'member', '中国物品编码中心（GS1 China）'],
    ['695', 'member', '中国物品编码中心（GS1 China）'],
    ['699', 'member', '中国物品编码中心（GS1 China）'],
    ['700', null, null],
    ['879', null, null],
    ['880', 'member', 'GS1 Korea（韩国）'],
    ['881', null, null],
    ['957', null, null],
    ['958', 'member', 'GS1 Macau（中国澳门）'],
    ['959', null, null],
    ['976', null, null],
    ['977', 'issn', '期刊（ISSN）'],
    ['978', 'isbn', '图书（ISBN）'],
    ['979', 'isbn', '图书（ISBN）'],
    ['980', null, null],
    ['990', 'coupon', '优惠券（限定流通）'],
    ['999', 'coupon', '优惠券（限定流通）'],
  ])('%s → %s', (prefix, kind, name) => {
    const expected = kind === null ? null : { prefix, kind, name };
    expect(gs1Issuer(code(prefix))).toEqual(expected);
    const r = validateBarcode(code(prefix));
    expect(r.ok && r.issuer).toEqual(expected);
  });

  test.each(['', '69', 'ABC1234567890'])('no issuer for %j', (input) => {
    expect(gs1Issuer(input)).toBeNull();
  });
});

test('BARCODE_NOTICE says prefix ≠ origin, valid ≠ genuine, and where to check', () => {
  expect(BARCODE_NOTICE).toContain('中国物品编码中心');
  expect(BARCODE_NOTICE).toContain('不代表商品的生产国');
  expect(BARCODE_NOTICE).toContain('不能证明商品是正品');
});
