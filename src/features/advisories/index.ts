// What other parts of the app may use of the advisories feature.
export { advisoryRoutes } from './routes';
export { MarkupView } from './components/markup-view';
export { advisoriesApi } from './api';
