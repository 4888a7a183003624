// What other parts of the app may use of the privacy feature (small modules: the prompt is on
// every page, so it lives in the main package).
export { privacyRoutes } from './routes';
export { askForPrivacy, useSyncedPrivacyConsent, type WechatPrivacyResolve } from './consent-store';
export { PrivacyPrompt } from './privacy-prompt';
