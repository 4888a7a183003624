import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { get, type Recipe } from './recipe';

/** 2026 as published, as a date list: an allowed import replaces the year with itself. */
const list2026 = [
  ...CN_CALENDAR_2026.holidays.map((d) => `${d} 休`),
  ...CN_CALENDAR_2026.workdays.map((d) => `${d} 班`),
].join('\n');

/** The holiday calendar (staff and admins). */
export const CALENDAR_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/calendar/years': { requests: () => [get('/api/v1/calendar/years')] },
  'GET /api/v1/calendar/years/{year}': { requests: () => [get('/api/v1/calendar/years/2026')] },
  'PUT /api/v1/calendar/years/{year}': {
    requests: () => [
      {
        method: 'PUT',
        url: '/api/v1/calendar/years/2026',
        payload: {
          format: 'list',
          text: list2026,
          source: '国务院办公厅关于2026年部分节假日安排的通知',
        },
      },
      {
        method: 'PUT',
        url: '/api/v1/calendar/years/2026',
        payload: { format: 'list', text: list2026, source: '预览', dryRun: true },
      },
    ],
  },
};
