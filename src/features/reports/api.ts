import type { ActiveCampaigns } from '@api/campaigns';
import type {
  CreateReportBody,
  MyReportList,
  MyReportQuery,
  ProgressQueryBody,
  ReportCreated,
  ReportProgress,
} from '@api/reports';
import { itemPath, load, post } from '@/services/api-calls';

/** Photos of a report go to their own route: it takes them from visitors not signed in too. */
export const REPORT_PHOTO_ROUTE = '/reports/photos';

/** The reporter's side of the reports API, one function per route. */
export const reportsApi = {
  create: (body: CreateReportBody, idempotencyKey: string) =>
    post<ReportCreated>('/reports', body, { idempotencyKey }),
  /** By number and code; the page shows a wrong pair's 404 and a 429 itself. */
  progress: (body: ProgressQueryBody) =>
    post<ReportProgress>('/reports/progress', body, { toast: false }),
  mine: (query: MyReportQuery) => load<MyReportList>('/reports/mine', query),
  get: (id: string) => load<ReportProgress>(itemPath('/reports', id)),
  /** The campaigns a report may name (the form's picker). */
  activeCampaigns: () => load<ActiveCampaigns>('/campaigns/active'),
};
