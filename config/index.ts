import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

// Deeper trees fall back to the recursive `comp` component; a lower level keeps base.wxml
// (part of the main package) small. Read by the webpack5 runner, missing from Taro's types.
const miniTemplate = { baseLevel: 8 };
// WeChat reads code as UTF-8: Chinese text kept as is rather than as \uXXXX escapes (twice the
// bytes) keeps the main package within its 400 KB budget. Read per platform; missing from the type.
const miniTerser = { terser: { enable: true, config: { output: { ascii_only: false } } } };

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'fangxin-xiaofei',
    date: '2026-11-30',
    // NutUI is drawn on a 375 design, our pages on 750.
    designWidth(input) {
      const file = (input as { file?: string } | undefined)?.file?.replace(/\\+/g, '/') ?? '';
      return file.includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias: {
      '@': path.resolve(root, 'src'),
      '@api': path.resolve(root, 'types/api'),
    },
    defineConstants: {},
    // The API origin is chosen at build time: `TARO_APP_API_BASE=https://… npm run build:weapp`.
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      // The subscribe-message template for complaint status changes (WeChat console → 订阅消息).
      TARO_APP_COMPLAINT_TEMPLATE_ID: JSON.stringify(
        process.env.TARO_APP_COMPLAINT_TEMPLATE_ID ?? '',
      ),
      // The same for a real-name reporter's report decisions (举报, issue 16).
      TARO_APP_REPORT_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_REPORT_TEMPLATE_ID ?? ''),
      // The same for the reminder the day before a 法润乡村 session (普法, issue 17).
      TARO_APP_LAW_SESSION_TEMPLATE_ID: JSON.stringify(
        process.env.TARO_APP_LAW_SESSION_TEMPLATE_ID ?? '',
      ),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      ...miniTemplate,
      // NutUI components import their own CSS; their order across pages does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      ...miniTerser,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      // Taro's React components instead of its web components (see src/h5/components.ts).
      useHtmlComponents: true,
      webpackChain(chain) {
        chain.resolve.alias.set('@tarojs/components$', path.resolve(root, 'src/h5/components.ts'));
      },
      staticDirectory: 'static',
      // Copied to /favicon.ico with a <link rel="icon">: what browsers ask for is there (no 404).
      htmlPluginOption: { favicon: 'src/assets/favicon.ico' },
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
