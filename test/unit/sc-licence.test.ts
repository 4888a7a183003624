import { PROVINCE_CODES, SC_CHECK_NOTE, validateScLicence } from '@/domain/sc-licence';

describe('validateScLicence: valid format', () => {
  test.each([
    ['SC10635010200015', '106', '食品', '35', '福建省', '01', '02', '0001', '5'],
    ['SC20111010500123', '201', '食品添加剂', '11', '北京市', '01', '05', '0012', '3'],
    ['SC11765010100019', '117', '食品', '65', '新疆维吾尔自治区', '01', '01', '0001', '9'],
    ['SC12244030600007', '122', '食品', '44', '广东省', '03', '06', '0000', '7'],
  ])(
    '%s',
    (code, category, categoryKind, province, provinceName, city, county, sequence, checkDigit) => {
      expect(validateScLicence(code)).toEqual({
        ok: true,
        code,
        parts: {
          category,
          categoryKind,
          province,
          provinceName,
          city,
          county,
          sequence,
          checkDigit,
        },
        checkDigitVerified: false,
        note: SC_CHECK_NOTE,
      });
    },
  );

  test('unknown province code: format is valid, no province name', () => {
    const r = validateScLicence('SC10699010200015');
    expect(r.ok).toBe(true);
    expect(r.ok && r.parts.province).toBe('99');
    expect(r.ok && 'provinceName' in r.parts).toBe(false);
  });

  test.each([['sc10635010200015'], ['  SC10635010200015 ']])('normalises %j', (input) => {
    expect(validateScLicence(input)).toMatchObject({ ok: true, code: 'SC10635010200015' });
  });

  test('the note says the check digit is not verified', () => {
    expect(SC_CHECK_NOTE).toContain('无法验证');
  });
});

describe('validateScLicence: invalid', () => {
  test.each([
    ['', 'empty', '请输入食品生产许可证编号'],
    ['   ', 'empty', '请输入食品生产许可证编号'],
    ['QS1106350102', 'prefix', '食品生产许可证编号应以"SC"开头（SC加14位数字）'],
    ['10635010200015', 'prefix', '食品生产许可证编号应以"SC"开头（SC加14位数字）'],
    ['SC1063501020001', 'length', '"SC"后应为14位数字，当前为13位'],
    ['SC106350102000155', 'length', '"SC"后应为14位数字，当前为15位'],
    ['SC', 'length', '"SC"后应为14位数字，当前为0位'],
    ['SC1063501020001X', 'character', '第16位字符"X"不是数字，"SC"后应为14位数字'],
    ['SC 10635010200015', 'character', '第3位字符" "不是数字，"SC"后应为14位数字'],
    ['SC30635010200015', 'category', '类别编码"306"无效：第1位应为1（食品）或2（食品添加剂）'],
    ['SC00635010200015', 'category', '类别编码"006"无效：第1位应为1（食品）或2（食品添加剂）'],
  ])('%j → %s', (input, reason, message) => {
    expect(validateScLicence(input)).toEqual({ ok: false, reason, message });
  });
});

describe('province codes (GB/T 2260)', () => {
  test('31 mainland province-level divisions', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(31);
    expect(Object.keys(PROVINCE_CODES).every((k) => /^[1-6]\d$/.test(k))).toBe(true);
  });
  test.each([
    ['11', '北京市'],
    ['31', '上海市'],
    ['35', '福建省'],
    ['50', '重庆市'],
    ['54', '西藏自治区'],
    ['65', '新疆维吾尔自治区'],
  ])('%s → %s', (code, name) => {
    expect(PROVINCE_CODES[code]).toBe(name);
  });
});
