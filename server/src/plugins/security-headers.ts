import { createHash } from 'node:crypto';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config';
import { watchedFile } from './watched-file';

/** A CSP source allowing exactly this inline text. */
const sha256Source = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Taro's H5 tab bar items are <a href="javascript:;"> with a click handler: the browser then
 * "runs" that empty URL, which only a hash of it with 'unsafe-hashes' allows. It allows nothing
 * else (an event handler or URL would need its own hash).
 */
export const TAB_BAR_HREF = 'javascript:;';

/** CSP hash sources for the inline <script> blocks of an HTML page (not <script src=…>). */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(([, body]) =>
    sha256Source(body),
  );
}

/**
 * The headers of an API answer, built once. JSON runs no script and shows nothing, so its policy
 * is the strictest there is (as OWASP advises for APIs), and the API's hottest reads (GET /region
 * on every app open) do not pay for helmet building the page policy on every request.
 */
function apiAnswerHeaders(config: AppConfig): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin',
    ...(config.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Security headers on every response — the H5 page, its assets, API answers and errors — so
 * register this before the static files and the routes. Pages and everything outside the API's
 * routes get helmet's; every answer under apiPrefix gets apiAnswerHeaders, its errors included.
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, { config, apiPrefix }: { config: AppConfig; apiPrefix: string }) => {
    // Taro's page shell sets the root font size in an inline script.
    const pageScriptHashes = watchedFile(join(config.h5Dir, 'index.html'), (html) =>
      html ? inlineScriptHashes(html) : [],
    );
    const apiHeaders = apiAnswerHeaders(config);
    // Before helmet's own onRoute hook, which reads `helmet: false` as "skip this route".
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith(`${apiPrefix}/`)) Object.assign(route, { helmet: false });
    });
    app.addHook('onRequest', (request, reply, done) => {
      if (request.url.startsWith(`${apiPrefix}/`)) reply.headers(apiHeaders);
      done();
    });
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: [
            "'self'",
            "'unsafe-hashes'",
            sha256Source(TAB_BAR_HREF),
            () => pageScriptHashes().join(' '),
          ],
          // Taro's H5 runtime and NutUI add <style> elements and style attributes while the page
          // runs (component styles, NutUI's CSS variables), which no hash can name in advance.
          // Styles cannot run code, so 'unsafe-inline' is allowed here and only here.
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Evidence photos are shown from blob: URLs (private-image.tsx); the signature pad and
          // the poster draw to canvas and export data: URLs.
          imgSrc: ["'self'", 'data:', 'blob:'],
          // Taro's H5 components bring their icon font inline, as a data: URL.
          fontSrc: ["'self'", 'data:'],
          // Taro's H5 uploadFile reads the file it sends (a signature's data: URL, a chosen
          // photo's blob: URL) with a request of its own; neither reaches another origin.
          connectSrc: ["'self'", 'data:', 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.hsts ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // Nothing on our pages needs to tell another site where the visitor came from.
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.hsts
        ? { maxAge: 31536000, includeSubDomains: true, preload: false }
        : false,
    });
  },
  { name: 'security-headers' },
);
