/**
 * Names of GB/T 2260 行政区划代码 (6 digits: province, prefecture, county), e.g. 350102 → 福建省
 * 福州市 鼓楼区. The data is @vant/area-data (MIT, kept up to date with 民政部's list). It is
 * ~150 KB: import this module only where the names are shown (the tools subpackage and the
 * server), never from the main package.
 */
import { areaList } from '@vant/area-data';

export interface Division {
  code: string;
  province: string;
  /** The prefecture (地级); absent for a municipality (北京市) and 省直辖县级 units. */
  city?: string;
  /** The county (县级); absent for a prefecture-level code (3501xx → 福州市). */
  county?: string;
  /** Every level that is known, e.g. 福建省福州市鼓楼区. */
  name: string;
  /** False when the county digits name no county on the list (abolished or mistyped). */
  exact: boolean;
}

/** Groupings in the data that are no place of their own (直辖县 of a province, 市辖区). */
const PLACEHOLDERS = new Set(['省直辖县', '自治区直辖县级行政区划', '县', '市辖区']);

/**
 * 不设区的地级市: GB/T 2260 gives them no county codes; the data lists their towns under made-up
 * ones (441901 中堂镇), which a 统一社会信用代码 never carries.
 */
const CITIES_WITHOUT_COUNTIES = new Set(['441900', '442000', '460400', '620200']);

const real = (name: string | undefined) => (name && !PLACEHOLDERS.has(name) ? name : undefined);

/** The division of a 6-digit code; undefined when not even the province is known. */
export function divisionOf(code: string): Division | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const province = areaList.province_list[`${code.slice(0, 2)}0000`];
  if (!province) return undefined;
  const cityCode = `${code.slice(0, 4)}00`;
  const cityName = real(areaList.city_list[cityCode]);
  // 北京市 is both the province and its only prefecture.
  const city = cityName === province ? undefined : cityName;
  const countyDigits = code.slice(4);
  const county =
    countyDigits === '00' || CITIES_WITHOUT_COUNTIES.has(cityCode)
      ? undefined
      : real(areaList.county_list[code]);
  const exact =
    countyDigits === '00'
      ? code.slice(2, 4) === '00' || cityName !== undefined
      : county !== undefined || areaList.county_list[code] === '市辖区';
  return {
    code,
    province,
    ...(city && { city }),
    ...(county && { county }),
    name: `${province}${city ?? ''}${county ?? ''}`,
    exact,
  };
}
