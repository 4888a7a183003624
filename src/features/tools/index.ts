// What other parts of the app may use of the tools feature (small pure modules only).
export { toolRoutes } from './routes';
