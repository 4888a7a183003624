/** Dates as the contract writes them: 'YYYY-MM-DD'. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A date picker's values (year, month, day, e.g. ['2027', '3', '14']) as '2027-03-14'. */
export const pickedDate = (values: readonly (string | number | null)[]) =>
  values
    .slice(0, 3)
    .map((part, index) => String(part ?? '').padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
