import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROUTE_ASSETS_FILE, type RouteAssets } from '../../../config/route-assets';
import { contentHash, replyBytes, type CompressedForms } from '../cache/reply-cached';
import { firstReads } from './first-reads';
import { watchedFile } from './watched-file';

interface Shell {
  body: Buffer;
  etag: string;
  forms: CompressedForms;
}

/** Shells kept, one per set of links (a merchant's page has its own): bounded, ids are many. */
const MAX_KEPT = 500;

const NO_ROUTES: RouteAssets = { publicPath: '/', routes: {} };

/** The build's route-assets.json; without one (an older or a development build), no page links. */
function parseRouteAssets(json?: string): RouteAssets {
  if (!json) return NO_ROUTES;
  try {
    const parsed = JSON.parse(json) as Partial<RouteAssets>;
    return typeof parsed.routes === 'object' && parsed.routes
      ? { publicPath: parsed.publicPath ?? '/', routes: parsed.routes }
      : NO_ROUTES;
  } catch {
    return NO_ROUTES;
  }
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function preloadLinks(publicPath: string, files: string[], reads: string[]): string {
  // Low: the app's own scripts (deferred, low) come first and the page's right behind them; at
  // the default (high) they went first and the first paint waited for them.
  const file = (name: string) =>
    `<link rel="preload" href="${attribute(publicPath + name)}" as="${name.endsWith('.css') ? 'style' : 'script'}" fetchpriority="low">`;
  // The page's fetch() is a CORS-mode request without cookies: a preload is used only if it is too.
  const read = (url: string) =>
    `<link rel="preload" href="${attribute(url)}" as="fetch" crossorigin="anonymous">`;
  return [...files.map(file), ...reads.map(read)].join('');
}

/**
 * The page shell (the built index.html) as sent for one route: with <link rel="preload"> for that
 * page's own script and style (route-assets.json, from the build) and for the public data it reads
 * first (first-reads.ts). Without them the browser learns of the page's code only once the app's
 * code has run, and of its data only once the page's code has run: three downloads in a row on a
 * slow phone network instead of side by side. Made once per set of links, compressed once.
 */
export function appShell(h5Dir: string, apiPrefix: string) {
  const indexHtml = watchedFile(join(h5Dir, 'index.html'), (html) => html);
  const routeAssets = watchedFile(join(h5Dir, ROUTE_ASSETS_FILE), parseRouteAssets);
  let kept = new Map<string, Shell>();
  let keptFrom: { html: string; assets: RouteAssets } | undefined;

  function shellFor(html: string, path: string, query: URLSearchParams): Shell {
    const assets = routeAssets();
    if (keptFrom?.html !== html || keptFrom.assets !== assets) {
      kept = new Map();
      keptFrom = { html, assets };
    }
    // "/" is the app's first page, as for Taro's router.
    const route = path.replace(/^\/+|\/+$/g, '') || (Object.keys(assets.routes)[0] ?? '');
    const links = preloadLinks(
      assets.publicPath,
      assets.routes[route] ?? [],
      firstReads(route, query).map((read) => apiPrefix + read),
    );
    let shell = kept.get(links);
    if (!shell) {
      const body = Buffer.from(links ? html.replace('</head>', () => `${links}</head>`) : html);
      shell = { body, etag: `"${contentHash(body)}"`, forms: {} };
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(links, shell);
    }
    return shell;
  }

  return {
    /** Whether there is a build to send. */
    built: () => indexHtml() !== undefined,
    /** Send the shell for the page at the request's path (`no-cache`, ETag and 304). */
    reply(request: FastifyRequest, reply: FastifyReply): FastifyReply {
      const [path, search = ''] = request.url.split('?', 2);
      const shell = shellFor(indexHtml() ?? '', path, new URLSearchParams(search));
      return replyBytes(request, reply, { ...shell, type: 'text/html; charset=utf-8' });
    },
  };
}
