import type {
  CalendarImportBody,
  CalendarImportResult,
  CalendarYear,
  CalendarYearList,
} from '@api/calendar';
import { request } from '@/services/request';

/** The holiday calendar API (staff): the page shows errors itself, so no toasts. */
export const calendarApi = {
  years: () => request<CalendarYearList>('/calendar/years', { toast: false }),
  year: (year: number) => request<CalendarYear>(`/calendar/years/${year}`, { toast: false }),
  importYear: (year: number, body: CalendarImportBody) =>
    request<CalendarImportResult>(`/calendar/years/${year}`, {
      method: 'PUT',
      data: body,
      toast: false,
    }),
};
