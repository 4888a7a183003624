import { divisionOf } from '@/domain/divisions';

describe('GB/T 2260 names (divisionOf)', () => {
  test.each([
    ['350000', '福建省', true],
    ['350100', '福建省福州市', true],
    ['350102', '福建省福州市鼓楼区', true],
    // A municipality is its own prefecture; 省直辖县级 units have none.
    ['110105', '北京市朝阳区', true],
    ['500229', '重庆市城口县', true],
    ['429004', '湖北省仙桃市', true],
    // 不设区的地级市: no county codes, whatever the data lists under it; 市辖区 is no place.
    ['441900', '广东省东莞市', true],
    ['441901', '广东省东莞市', false],
    ['620201', '甘肃省嘉峪关市', true],
    // Abolished in 2014 (鹿泉市 → 130110 鹿泉区), and a prefecture that does not exist.
    ['130185', '河北省石家庄市', false],
    ['359900', '福建省', false],
  ])('%s → %s', (code, name, exact) => {
    expect(divisionOf(code)).toMatchObject({ code, name, exact });
  });

  test('no province, or not six digits: nothing', () => {
    for (const code of ['990000', '35010', '35010A', '']) expect(divisionOf(code)).toBeUndefined();
  });
});
