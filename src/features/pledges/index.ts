// What other parts of the app may use of the pledges feature (small pure modules only).
export { pledgeRoutes } from './routes';
