import { COMPOUND_SURNAMES, maskAddress, maskName, maskPhone } from '@/domain/masking';

describe('maskPhone', () => {
  test.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['19900001111', '199****1111'],
    ['059112345678', '059*****5678'],
    ['0591-12345678', '059******5678'],
    ['12345678', '123*5678'],
    ['1234567', '*****67'],
    ['12315', '***15'],
    ['110', '*10'],
    ['12', '**'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});

describe('maskName', () => {
  test.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['李', '*'],
    ['欧阳修', '欧阳*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马相如', '司马**'],
    ['诸葛亮', '诸葛*'],
    ['呼延灼', '呼延*'],
    // Two characters: keep the first even if they form a compound surname.
    ['欧阳', '欧*'],
    // Not a compound surname: 王小明 keeps 王 only.
    ['王小明', '王**'],
    [' 张三 ', '张*'],
    ['𠮷野家', '𠮷**'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });

  test.each(COMPOUND_SURNAMES.map((s) => [s]))('compound surname %s is kept', (surname) => {
    expect(maskName(`${surname}某某`)).toBe(`${surname}**`);
  });
});

describe('maskAddress', () => {
  test.each([
    ['福建省福州市鼓楼区五一北路100号', '福建省福州市****'],
    ['鼓楼区温泉街道', '鼓楼区温泉街****'],
    ['城关镇', '城关镇****'],
    ['  城关镇解放路1号 ', '城关镇解放路****'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskAddress(input)).toBe(masked);
  });
});
