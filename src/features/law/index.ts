// What other parts of the app may use of the 普法 feature.
export { lawRoutes } from './routes';
export { CitedText } from './components/cited-text';
export { ArticleLink } from './components/article-link';
