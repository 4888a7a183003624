import type {
  CalendarImportBody,
  CalendarImportResult,
  CalendarYear,
  CalendarYearList,
} from '@api/calendar';
import { load } from '@/services/api-calls';
import { request } from '@/services/request';

/** The holiday calendar API (staff): the page shows errors itself, so no toasts. */
export const calendarApi = {
  years: () => load<CalendarYearList>('/calendar/years'),
  year: (year: number) => load<CalendarYear>(`/calendar/years/${year}`),
  importYear: (year: number, body: CalendarImportBody) =>
    request<CalendarImportResult>(`/calendar/years/${year}`, {
      method: 'PUT',
      data: body,
      toast: false,
    }),
};
