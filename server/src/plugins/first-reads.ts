/** A page's id as the API takes it (a ULID): anything else is not put into the page. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * What a page reads first, by route. The page shell preloads these with the app's code
 * (app-shell.ts), so the data does not wait for the page's code to run. A URL must be exactly
 * what the page asks for (test/e2e/app-shell.test.ts checks that each one is used). The browser
 * hands a preloaded answer to the page's request even when that request carries the reader's
 * token (Chromium does), so only answers that are the same whoever asks belong here
 * (test/server/app-shell.test.ts asks each one as every role). Reads that count a visit (an
 * advisory's page) stay out too: a preload would count one more.
 */
const FIRST_READS: Record<string, (query: URLSearchParams) => string[]> = {
  'pages/index/index': () => [
    '/region',
    '/advisories/pinned',
    '/advisories?limit=6',
    '/campaigns/active',
  ],
  'pages/merchants/index': () => ['/region', '/merchants'],
  'features/merchants/pages/detail/index': (query) => {
    const id = query.get('id') ?? '';
    return [...(ULID.test(id) ? [`/merchants/${id}`] : []), '/region'];
  },
  'features/quiz/pages/index/index': () => ['/region'],
};

/** The routes whose pages have first reads. */
export const routesWithFirstReads = () => Object.keys(FIRST_READS);

/** The API paths (after the API prefix) that the page at `route` reads first. */
export const firstReads = (route: string, query: URLSearchParams): string[] =>
  FIRST_READS[route]?.(query) ?? [];
