import { fileReport, realName } from '../reports';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

const business = (w: AuthzWorld) => ({
  merchantId: w.others.merchant,
  name: '矩阵测试商家',
  address: '城关镇',
});

/** A real-name report by the victim about merchant A. */
const aReport = (w: AuthzWorld) =>
  w.once('report:real-name', async () => {
    const reporter = realName('矩阵举报人', '13700001111');
    return (await fileReport(w.t, { reporter, business: business(w) }, w.victim.token)).id;
  });

/** An anonymous one for each decision (a decision uses its report up). */
const freshReport = async (w: AuthzWorld) => (await fileReport(w.t, { business: business(w) })).id;

/** 举报 handling: staff only, the reporter's identity on its own audited route. */
export const REPORT_HANDLING_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/reports': {
    requests: () => [
      get('/api/v1/reports'),
      get('/api/v1/reports?status=received&overdue=true&q=%E7%9F%A9%E9%98%B5'),
    ],
  },
  'GET /api/v1/reports/{id}/manage': {
    other: ({ w }) => aReport(w),
    requests: (id) => [get(`/api/v1/reports/${id}/manage`)],
  },
  'GET /api/v1/reports/{id}/reporter': {
    other: ({ w }) => aReport(w),
    requests: (id) => [get(`/api/v1/reports/${id}/reporter`)],
  },
  'POST /api/v1/reports/{id}/decisions': {
    other: ({ w }) => aReport(w),
    fresh: (w) => freshReport(w),
    requests: (id) => [
      post(`/api/v1/reports/${id}/decisions`, { action: 'open-case' }),
      post(`/api/v1/reports/${id}/decisions`, { action: 'extend', reason: '矩阵测试延期' }),
    ],
  },
};
