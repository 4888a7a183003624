// What other parts of the app may use of the favorites feature.
export { favoriteRoutes } from './routes';
export { favoritesApi } from './api';
export { FavoriteButton } from './components/favorite-button';
