// What other parts of the app may use of the messages feature (small pure modules only).
export { messageRoutes } from './routes';
