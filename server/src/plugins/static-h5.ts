import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from './app-error';
import { appShell } from './app-shell';
import { apiNotFound, sendError } from './errors';

const pageNotFound = new AppError(404, 'NOT_FOUND', '页面不存在');

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>放心消费</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.6">
<h1>放心消费 · 服务已启动</h1>
<p>还没有找到 H5 页面的构建结果。请在项目目录运行：</p>
<pre style="background:#f4f4f4;padding:.8em">npm run build:h5</pre>
<p>构建完成后刷新本页即可。接口文档见 <a href="/api/docs">/api/docs</a>。</p>
</body>
</html>
`;

function cacheControlFor(servedPath: string): string {
  // The precompressed copy (app.b909ac59.js.br) is cached as the file it stands for.
  const filePath = servedPath.replace(/\.(br|gz)$/, '');
  if (filePath.endsWith('.html')) return 'no-cache';
  if (/\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(filePath)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/** The H5 build at '/', with a single-page-app fallback to the page shell (app-shell.ts). */
export const staticH5Plugin = fp(
  async (app: FastifyInstance, { h5Dir, apiPrefix }: { h5Dir: string; apiPrefix: string }) => {
    const shell = appShell(h5Dir, apiPrefix);
    await app.register(fastifyStatic, {
      root: h5Dir,
      index: 'index.html',
      // The build writes .br and .gz beside each text asset (config/precompress.ts): sent as they
      // are to browsers that accept them, so nothing is compressed per request.
      preCompressed: true,
      // Our own Cache-Control: the app shell is revalidated after every deploy, while assets with
      // a content hash in their name (app.b909ac59.js) never change and may be cached for good.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', cacheControlFor(filePath));
        // Caches must keep the brotli, gzip and plain copies apart.
        res.setHeader('vary', 'Accept-Encoding');
      },
    });

    /** The page shell for an app route; a page explaining the build when there is none yet. */
    const sendShell = (request: FastifyRequest, reply: FastifyReply, path: string) => {
      // Built at request time so that running the build while the server is up just works.
      if (!shell.built()) {
        return reply
          .status(path === '/' ? 200 : 404)
          .type('text/html; charset=utf-8')
          .send(MISSING_BUILD_PAGE);
      }
      return shell.reply(request, reply);
    };

    // "/" is the home page's route: its shell names the page's files, unlike the bare index.html.
    // A page, not an API operation: hidden from the OpenAPI document, as the static files are.
    app.get('/', { schema: { hide: true } }, (request, reply) => sendShell(request, reply, '/'));

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0];
      if (path === '/api' || path.startsWith('/api/')) return sendError(reply, apiNotFound);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return sendError(reply, pageNotFound);
      }
      // A missing asset (a path with a file extension) stays a 404; routes get the app shell.
      if (shell.built() && /\.[a-z0-9]+$/i.test(path)) return sendError(reply, pageNotFound);
      return sendShell(request, reply, path);
    });
  },
  { name: 'static-h5' },
);
