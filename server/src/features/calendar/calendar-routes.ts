import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CalendarImportBody,
  CalendarImportResult,
  CalendarYear,
  CalendarYearList,
  CalendarYearParam,
} from '@api/calendar';
import type { FeatureOptions } from '../../deps';
import { shanghaiDate } from '../../time';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { calendarStartupReport, getYear, getYearList, importYear } from './calendar-service';

export const calendarRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;
  const staff = requireRole(app, 'staff', 'admin');

  // At start: which years are loaded, and a warning when this or next year is not.
  app.addHook('onReady', async () => {
    const report = await calendarStartupReport(db, shanghaiDate(deps.now()));
    app.log.info(report.info);
    if (report.warning) app.log.warn(report.warning);
  });

  app.get(
    '/calendar/years',
    signedIn(staff, 'calendar', {
      summary: '已导入的节假日安排（工作人员）',
      response: { 200: CalendarYearList, ...errorResponses(401, 403) },
    }),
    async () => getYearList(db, shanghaiDate(deps.now())),
  );

  app.get(
    '/calendar/years/:year',
    signedIn(staff, 'calendar', {
      summary: '某一年的节假日安排（工作人员）',
      params: CalendarYearParam,
      response: { 200: CalendarYear, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => getYear(db, request.params.year),
  );

  app.put(
    '/calendar/years/:year',
    signedIn(staff, 'calendar', {
      summary: '导入（替换）某一年的节假日安排；dryRun 只预览（工作人员）',
      params: CalendarYearParam,
      body: closed(CalendarImportBody),
      response: { 200: CalendarImportResult, ...errorResponses(400, 401, 403) },
    }),
    async (request) =>
      importYear(db, request.params.year, request.body, { id: request.user.sub, at: deps.now() }),
  );
};
