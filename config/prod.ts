import type { UserConfigExport } from '@tarojs/cli';
import { PrecompressPlugin } from './precompress';
import { RouteAssetsPlugin } from './route-assets';

export default {
  mini: {},
  h5: {
    webpackChain(chain) {
      // Each page's files by route, for the server's preload links (route-assets.ts).
      chain.plugin('route-assets').use(RouteAssetsPlugin);
      // .br and .gz beside each text asset: the server sends them as they are (static-h5.ts).
      chain.plugin('precompress').use(PrecompressPlugin);
    },
  },
} satisfies UserConfigExport<'webpack5'>;
