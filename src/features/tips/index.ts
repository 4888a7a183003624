// What other parts of the app may use of the tips feature.
export { tipRoutes } from './routes';
export { TipCard } from './components/tip-card';
export { tipsApi } from './api';
