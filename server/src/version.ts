import pkg from '../../package.json';

/** The app version, from package.json (shown by /health and the API docs). */
export const version: string = pkg.version;
