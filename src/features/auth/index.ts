// What other parts of the app may use of the auth feature (small pure modules only).
export { authRoutes } from './routes';
