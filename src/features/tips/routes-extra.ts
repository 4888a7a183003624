import { tipRoutes } from './routes';

/** The detail page's path without its query: a shared card adds id and src (useItemShare). */
export const DETAIL_PATH = tipRoutes.detail('').split('?')[0];
