// What other parts of the app may use of the merchants feature (small modules only: no pages or
// components, so that importing this keeps the main package small).
export { merchantRoutes } from './routes';
export { merchantsApi } from './api';
export { currentPosition, openMerchant, scanAndOpen, scanMerchantCode } from './navigation';
export { scanTarget } from './scan-target';
export { useRegistrySearch } from './hooks/use-registry-search';
// Already in the main package: the 查商家 tab's merchant cards show it.
export { BadgeTags } from './components/badge-tags';
