/**
 * SC 食品生产许可证编号 — see FACTS.md "SC 食品生产许可证编号".
 *
 * "SC" + 14 digits: 3-digit food category (first digit 1 = 食品, 2 = 食品添加剂), 2-digit province,
 * 2-digit city, 2-digit county, 4-digit sequence, 1 check digit. The check-digit algorithm is not
 * published, so only the format and the parts are validated.
 */

export type ScParts = {
  category: string;
  categoryKind: '食品' | '食品添加剂';
  province: string;
  /** Present when the province code is one of the 31 mainland GB/T 2260 codes. */
  provinceName?: string;
  city: string;
  county: string;
  sequence: string;
  checkDigit: string;
};

export type ScResult =
  | { ok: true; code: string; parts: ScParts; checkDigitVerified: false; note: string }
  | {
      ok: false;
      reason: 'empty' | 'prefix' | 'length' | 'character' | 'category';
      message: string;
    };

export const SC_CHECK_NOTE =
  '已核对编号格式和各段含义；校验位的计算方法未公开，无法验证最后一位，' +
  '格式正确不代表许可证真实有效，请以市场监管部门公布的许可信息为准。';

/** Province-level codes of GB/T 2260 (31 mainland provinces, autonomous regions, municipalities). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

/** Validates the format of an SC food production licence number. Input is trimmed, upper-cased. */
export function validateScLicence(input: string): ScResult {
  const code = (input ?? '').trim().toUpperCase();
  if (code === '') {
    return { ok: false, reason: 'empty', message: '请输入食品生产许可证编号' };
  }
  if (!code.startsWith('SC')) {
    return {
      ok: false,
      reason: 'prefix',
      message: '食品生产许可证编号应以"SC"开头（SC加14位数字）',
    };
  }
  const digits = Array.from(code.slice(2));
  const bad = digits.findIndex((ch) => ch < '0' || ch > '9' || ch.length !== 1);
  if (bad >= 0) {
    return {
      ok: false,
      reason: 'character',
      message: `第${bad + 3}位字符"${digits[bad]}"不是数字，"SC"后应为14位数字`,
    };
  }
  if (digits.length !== 14) {
    return {
      ok: false,
      reason: 'length',
      message: `"SC"后应为14位数字，当前为${digits.length}位`,
    };
  }
  const body = code.slice(2);
  const category = body.slice(0, 3);
  const categoryKind = category[0] === '1' ? '食品' : category[0] === '2' ? '食品添加剂' : null;
  if (categoryKind === null) {
    return {
      ok: false,
      reason: 'category',
      message: `类别编码"${category}"无效：第1位应为1（食品）或2（食品添加剂）`,
    };
  }
  const province = body.slice(3, 5);
  const provinceName = PROVINCE_CODES[province];
  const parts: ScParts = {
    category,
    categoryKind,
    province,
    ...(provinceName ? { provinceName } : {}),
    city: body.slice(5, 7),
    county: body.slice(7, 9),
    sequence: body.slice(9, 13),
    checkDigit: body.slice(13, 14),
  };
  return { ok: true, code, parts, checkDigitVerified: false, note: SC_CHECK_NOTE };
}
