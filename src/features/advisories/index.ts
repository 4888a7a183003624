// What other parts of the app may use of the advisories feature.
export { advisoryRoutes } from './routes';
export { MarkupView } from './components/markup-view';
export { AdvisoryCard } from './components/advisory-card';
export { LegalBasisEditor } from './staff-components/legal-basis-editor';
export { advisoriesApi } from './api';
