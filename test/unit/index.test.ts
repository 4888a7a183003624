import * as domain from '@/domain';

test.each([
  'CREDIT_CODE_ALPHABET',
  'creditCodeCheckChar',
  'validateCreditCode',
  'eanCheckDigit',
  'validateBarcode',
  'gs1Issuer',
  'BARCODE_NOTICE',
  'validateScLicence',
  'maskPhone',
  'maskName',
  'maskAddress',
  'isWorkingDay',
  'addWorkingDays',
  'workingDaysBetween',
  'addCalendarDays',
  'CN_CALENDAR_2026',
  'mergeCalendars',
])('index re-exports %s', (name) => {
  expect(domain).toHaveProperty(name);
});
