// What other parts of the app may use of the reports feature.
export { reportRoutes } from './routes';
