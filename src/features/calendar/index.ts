// What other parts of the app may use of the calendar feature (small pure modules only).
export { calendarRoutes } from './routes';
