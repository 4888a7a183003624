import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Brotli or gzip for API answers over the threshold, as the client's Accept-Encoding allows.
 * Applies to the routes registered after it: register it after the static H5 files, which are
 * compressed at build time (static-h5.ts) and must not be compressed again.
 */
export const compressionPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(compress, {
      threshold: COMPRESS_THRESHOLD_BYTES,
      encodings: ['br', 'gzip'],
      // Request bodies are never compressed by our clients; refusing to inflate them keeps the
      // body limits about what arrives and leaves unknown encodings to the parser's 400.
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);
