import { articleScene } from '@/domain/law-vocabulary';
import type { AppDeps } from '../../deps';
import { renderQrPng } from '../../wechat/local-double';
import { cachedQrCode } from '../../wechat/qr-cache';
import { readArticle } from './law-service';

const ARTICLE_PAGE = 'features/law/pages/article/index';

/**
 * The code on an article's share poster. With an AppID: a mini-program code for the article page
 * whose scene is `<law>.<no>`; without: the H5 address of the article. 404 for an article the
 * library does not hold.
 */
export async function articleQrCode(
  deps: Parameters<typeof readArticle>[0] & Pick<AppDeps, 'config' | 'wechat'>,
  law: string,
  no: number,
): Promise<Buffer> {
  await readArticle(deps, law, no);
  if (deps.wechat.kind === 'wechat') {
    const scene = articleScene(law, no);
    return cachedQrCode(`wxacode:${ARTICLE_PAGE}:${scene}`, () =>
      deps.wechat.getUnlimitedQrCode({ scene, page: ARTICLE_PAGE }),
    );
  }
  const url = `${deps.config.publicBaseUrl}/${ARTICLE_PAGE}?law=${encodeURIComponent(law)}&no=${no}`;
  return cachedQrCode(url, () => renderQrPng(url));
}
