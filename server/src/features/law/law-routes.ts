import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { PngImage } from '@api/common';
import {
  ArticleDetail,
  ArticleParams,
  LawImportBody,
  LawKey,
  LawList,
  LawSearchQuery,
  LawSearchResult,
  LawSummary,
  LawText,
} from '@api/law';
import { LAW_LIMITS } from '@/domain/law-vocabulary';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { articleQrCode } from './article-qrcode';
import { importLaw } from './law-import-service';
import { listLaws, readArticle, readLaw, searchLaws } from './law-service';

const LawParams = Type.Object({ key: LawKey });

/** A law file of importBytes characters, each up to 3 bytes in UTF-8, and the JSON around it. */
const IMPORT_BODY_LIMIT = LAW_LIMITS.importBytes * 3 + 64 * 1024;

/** 普法 law library: public reading and search; staff import a county's regulation. */
export const lawRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tags = ['law'];

  app.get(
    '/law/laws',
    {
      schema: {
        tags,
        summary: '法律法规库：全部法律法规（内置的在前，主要的在前；含条数与版本号）',
        response: { 200: LawList },
      },
    },
    async () => listLaws(deps),
  );

  app.get(
    '/law/laws/:key',
    {
      schema: {
        tags,
        summary: '一部法律法规的全文（按章排列；离线保存用，revision 变了才需重新下载）',
        params: LawParams,
        response: { 200: LawText, ...errorResponses(400, 404) },
      },
    },
    async (request) => readLaw(deps, request.params.key),
  );

  app.get(
    '/law/articles/:law/:no',
    {
      schema: {
        tags,
        summary: '一条条文：原文、所在章、上一条/下一条，以及本应用中引用它的地方',
        params: ArticleParams,
        response: { 200: ArticleDetail, ...errorResponses(400, 404) },
      },
    },
    async (request) => readArticle(deps, request.params.law, request.params.no),
  );

  app.get(
    '/law/articles/:law/:no/qrcode',
    {
      schema: {
        tags,
        summary:
          '条文海报二维码（PNG）：配置了 AppID 时为小程序码（scene 为“法律编号.条号”），否则为条文页网址的二维码',
        params: ArticleParams,
        response: { 200: PngImage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=86400')
        .send(await articleQrCode(deps, request.params.law, request.params.no)),
  );

  app.get(
    '/law/search',
    {
      schema: {
        tags,
        summary: '搜索条文（1 个字起）与问答；输入条号（25、二十五、第二十五条）时该条排在最前',
        querystring: closed(LawSearchQuery),
        response: { 200: LawSearchResult, ...errorResponses(400) },
      },
    },
    async (request) => searchLaws(deps, request.query),
  );

  app.post(
    '/law/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      ...signedIn(staffOnly, 'law', {
        summary: '导入地方性法规（工作人员；与内置文本同一格式；同一编号再次导入即替换）',
        description:
          'markdown：第一行“# 法规名称”，可有“## 第X章”，每条以“第X条 ”开头。格式有误时 400 LAW_FORMAT，message 指出第几行；内置法律的编号 409 LAW_KEY_TAKEN。',
        body: closed(LawImportBody),
        response: { 201: LawSummary, ...errorResponses(400, 401, 403, 409, 413) },
      }),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await importLaw(deps.db.db, request.user.sub, request.body, deps.now())),
  );
};
