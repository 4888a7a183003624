import { divisionOf, type Division } from '@/domain/divisions';

/** 行政区划码 of a 统一社会信用代码: where the registering authority sits, in words. */
export function registeredAt(areaCode: string): string {
  const division = divisionOf(areaCode);
  if (!division) return '不在行政区划代码表中，请核对';
  if (!division.exact) return `登记地：${division.name}（后几位未收录，可能已撤并或填错）`;
  return `登记地：${division.name}`;
}

function cityMeaning(division: Division | undefined, digits: string): string {
  if (digits === '00') return '省级发证';
  if (division?.city) return division.city;
  if (division?.exact) {
    return division.province.endsWith('市') ? `${division.province}（直辖市）` : '省直辖县级行政区';
  }
  return '地市代码（未收录，请核对）';
}

function countyMeaning(division: Division | undefined, digits: string): string {
  if (digits === '00') return '市级发证';
  if (division?.exact) return division.county ?? '市辖区';
  return '县区代码（未收录，请核对）';
}

/** The 市 and 县 digits of an SC number, named for its parts table. */
export function scPlaceNames(province: string, city: string, county: string) {
  const division = divisionOf(province + city + county);
  return { city: cityMeaning(division, city), county: countyMeaning(division, county) };
}
