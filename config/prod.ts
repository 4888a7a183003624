import type { UserConfigExport } from '@tarojs/cli';
import { PrecompressPlugin } from './precompress';

export default {
  mini: {},
  h5: {
    // .br and .gz beside each text asset: the server sends them as they are (static-h5.ts).
    webpackChain(chain) {
      chain.plugin('precompress').use(PrecompressPlugin);
    },
  },
} satisfies UserConfigExport<'webpack5'>;
