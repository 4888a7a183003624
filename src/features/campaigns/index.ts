// What other parts of the app may use of the campaigns feature.
export { campaignRoutes } from './routes';
// The report form's campaign picker reads the active ones.
export { campaignsApi } from './api';
