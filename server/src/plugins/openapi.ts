import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorBody } from '@api/common';
import { version } from '../version';

export const DOCS_PREFIX = '/api/docs';

const TAGS = [
  { name: 'health', description: '运行状态' },
  { name: 'region', description: '县域配置：主管部门、热线、活动、主题' },
  { name: 'auth', description: '登录与当前用户' },
  { name: 'event', description: '3·15 现场活动与扫码统计' },
  { name: 'uploads', description: '图片上传（营业执照、申请材料、证据、签名）' },
  { name: 'merchants', description: '商家查询、注册认领、认证审核、名录导入' },
  { name: 'model-units', description: '放心消费示范单位：申请、审核、撤销' },
  { name: 'complaints', description: '消费投诉：提交、受理、调解、办结、评价' },
];

/** OpenAPI document at /api/docs/json and Swagger UI at /api/docs. Register before the routes. */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    // Shared schema: routes reference it as { $ref: 'ErrorBody' }.
    app.addSchema(ErrorBody);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: '放心消费 API',
          description: '3·15 放心消费小程序的服务端接口。错误统一返回 { code, message, fields? }。',
          version,
        },
        servers: [{ url: '/' }],
        tags: TAGS,
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
      refResolver: {
        // Keep readable component names (ErrorBody) instead of def-0.
        buildLocalReference: (json, _baseUri, _fragment, i) =>
          typeof json.$id === 'string' ? json.$id : `def-${i}`,
      },
    });
    await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  },
  { name: 'openapi' },
);
