import { FormatRegistry } from '@sinclair/typebox';
import { isIsoDate as isDate } from '@/domain/iso-date';

/**
 * TypeBox's Value.Check knows no string formats by default; register the ones the contract
 * uses so that server-side checks (seed data, CLI input) agree with ajv on requests.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', isDate);
if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (v) => DATE_TIME.test(v) && isDate(v.slice(0, 10)));
}
if (!FormatRegistry.Has('uri')) {
  FormatRegistry.Set('uri', (v) => {
    try {
      return /^[a-z][a-z0-9+.-]*:\S+$/i.test(v) && Boolean(new URL(v));
    } catch {
      return false;
    }
  });
}
