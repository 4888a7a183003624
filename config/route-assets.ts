/**
 * The file the H5 build writes beside index.html: each page's own script and style files by
 * route, in the order of app.config (its first page is the home page). The server names them in
 * the page shell it sends for that route (server/src/plugins/app-shell.ts): without them the
 * browser learns of a page's code only after the app's code has run.
 */
export const ROUTE_ASSETS_FILE = 'route-assets.json';

export interface RouteAssets {
  /** Where the files are served from (webpack's publicPath), "/". */
  publicPath: string;
  /** "features/merchants/pages/detail/index" → ["css/2388.8082eee2.css", "js/2388.f2096a1c.js"]. */
  routes: Record<string, string[]>;
}

/** The few parts of webpack's compiler this plugin uses (webpack is Taro's, not ours). */
interface PageChunkGroup {
  origins: { request: string; module?: { resource?: string } | null }[];
  chunks: { files: Iterable<string> }[];
}
interface AssetCompiler {
  webpack: {
    Compilation: { PROCESS_ASSETS_STAGE_REPORT: number };
    sources: { RawSource: new (source: string) => unknown };
  };
  hooks: {
    thisCompilation: {
      tap(
        name: string,
        run: (compilation: {
          chunkGroups: PageChunkGroup[];
          outputOptions: { publicPath?: unknown };
          hooks: { processAssets: { tap(options: object, run: () => void): void } };
          emitAsset(file: string, source: unknown): void;
        }) => void,
      ): void;
    };
  };
}

const NAME = 'RouteAssetsPlugin';

/** Pages are the chunks that the app config imports: `load: () => import('./pages/index/index')`. */
const fromAppConfig = ({ module }: PageChunkGroup['origins'][number]) =>
  /[\\/]app\.config\.[jt]s$/.test(module?.resource ?? '');

/** Webpack plugin (H5): writes ROUTE_ASSETS_FILE once the files have their final names. */
export class RouteAssetsPlugin {
  apply(compiler: AssetCompiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const routes: RouteAssets['routes'] = {};
          for (const group of compilation.chunkGroups) {
            const origin = group.origins.find(fromAppConfig);
            if (!origin) continue;
            routes[origin.request.replace(/^\.\//, '')] = group.chunks
              .flatMap((chunk) => [...chunk.files])
              .filter((file) => /\.(js|css)$/.test(file));
          }
          const { publicPath } = compilation.outputOptions;
          const manifest: RouteAssets = {
            publicPath: typeof publicPath === 'string' ? publicPath : '/',
            routes,
          };
          compilation.emitAsset(ROUTE_ASSETS_FILE, new sources.RawSource(JSON.stringify(manifest)));
        },
      );
    });
  }
}
