// What other parts of the app may use of the complaints feature (small pure modules only).
export { complaintRoutes } from './routes';
export { STATUS as COMPLAINT_STATUS } from './labels';
