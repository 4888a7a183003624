// What other parts of the app may use of the advisories feature.
export { advisoryRoutes } from './routes';
