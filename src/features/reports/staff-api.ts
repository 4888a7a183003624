import type { CampaignList } from '@api/campaigns';
import type {
  ReportDecisionBody,
  ReporterIdentity,
  StaffReportDetail,
  StaffReportList,
  StaffReportQuery,
} from '@api/reports';
import { itemPath, load, post } from '@/services/api-calls';

const path = (id: string, sub?: string) => itemPath('/reports', id, sub);

/**
 * The staff side of the reports API (队列、办理、举报人信息), one function per route. The pages
 * show problems themselves (in the list, or in the dialog): no toasts here.
 */
export const reportsStaffApi = {
  list: (query: StaffReportQuery) => load<StaffReportList>('/reports', query),
  get: (id: string) => load<StaffReportDetail>(path(id, '/manage')),
  /** 第三十三条: every call is recorded on the server and shows in the report's history. */
  reporter: (id: string) => load<ReporterIdentity>(path(id, '/reporter')),
  decide: (id: string, body: ReportDecisionBody) =>
    post<StaffReportDetail>(path(id, '/decisions'), body, { toast: false }),
  /** The campaigns to filter by (published ones: active first, then upcoming, then ended). */
  campaigns: () => load<CampaignList>('/campaigns', { limit: 50 }),
};
