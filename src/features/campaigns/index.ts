// What other parts of the app may use of the campaigns feature.
export { campaignRoutes } from './routes';
