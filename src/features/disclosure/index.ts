// What other parts of the app may use of the disclosure feature.
export { disclosureRoutes } from './routes';
