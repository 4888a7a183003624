// What other parts of the app may use of the quiz feature (small pure modules only).
export { quizRoutes } from './routes';
