import { creditCodeCheckChar } from '@/domain/credit-code';
import { merchantIdFromScene, scanTarget } from '@/features/merchants/scan-target';

const id = '01JCQ7Z8Y4R2M3N5P6Q7R8S9T0';
const body = '91520322MA6DX2B5X';
const code = body + creditCodeCheckChar(body);

describe('scanTarget', () => {
  test.each([
    [
      { path: `features/merchants/pages/detail/index?scene=${encodeURIComponent(`m=${id}`)}` },
      { kind: 'merchant', id },
    ],
    [
      {
        result: `https://315.example.gov.cn/features/merchants/pages/detail/index?id=${id}&src=shop`,
      },
      { kind: 'merchant', id },
    ],
    [{ result: code }, { kind: 'credit-code', code }],
    [
      { result: `统一社会信用代码：${code.toLowerCase()} 名称：某某超市` },
      { kind: 'credit-code', code },
    ],
    [{ result: body + (creditCodeCheckChar(body) === '0' ? '1' : '0') }, { kind: 'unknown' }],
    [{ result: 'https://example.com/somewhere' }, { kind: 'unknown' }],
    [{}, { kind: 'unknown' }],
  ])('%j → %j', (scan, expected) => {
    expect(scanTarget(scan)).toEqual(expected);
  });

  test('scene ids must be ULIDs', () => {
    expect(merchantIdFromScene(`m=${id}`)).toBe(id);
    expect(merchantIdFromScene('m=../../etc')).toBeUndefined();
    expect(merchantIdFromScene(undefined)).toBeUndefined();
  });
});
