// What other parts of the app may use of the model-units feature (small pure modules only).
export { modelUnitRoutes } from './routes';
export { modelUnitsApi } from './api';
export { APPLICATION_STATUS } from './labels';
