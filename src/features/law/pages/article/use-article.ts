import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ArticleDetail } from '@api/law';
import { NATIONAL_LAW_DATABASE, sceneArticle } from '@/domain/law-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import type { ApiError } from '@/services/request';
import { lawApi } from '../../api';
import { copyText } from '../../components/copy-text';
import { articleFromCopy, lawCache } from '../../law-cache';
import { lawRoutes } from '../../routes';

/** The server could not be reached (or failed): an offline copy may stand in. */
const unreachable = (caught: unknown) => {
  const status = (caught as ApiError | undefined)?.status ?? 0;
  return status === 0 || status >= 500;
};

/** Keeps the whole law for offline reading when the copy is missing or older (quietly). */
function keepLawCopy(detail: ArticleDetail) {
  if (lawCache.holds(detail.law.key, detail.law.revision)) return;
  lawApi
    .lawQuietly(detail.law.key)
    .then((law) => lawCache.put(law))
    .catch(() => undefined);
}

/** Where the whole text of a law can be read, for an article the library lacks. */
async function fullTextUrlOf(key: string): Promise<string> {
  const known = lawCache.get(key)?.law ?? lawCache.list()?.items.find((law) => law.key === key);
  if (known) return known.fullTextUrl;
  const list = await lawApi.laws().catch(() => undefined);
  return list?.items.find((law) => law.key === key)?.fullTextUrl ?? NATIONAL_LAW_DATABASE;
}

/**
 * An article from the server (keeping its law for offline reading), or out of the kept law when
 * the server cannot be reached; `savedAt` tells the copy's day then.
 */
export async function articleOrCopy(
  law: string,
  no: number,
): Promise<{ detail: ArticleDetail; savedAt?: string }> {
  try {
    const detail = await lawApi.article(law, no);
    keepLawCopy(detail);
    return { detail };
  } catch (caught) {
    const copy = unreachable(caught) ? lawCache.get(law) : undefined;
    const detail = copy && articleFromCopy(copy.law, no);
    if (!copy || !detail) throw caught;
    return { detail, savedAt: copy.savedAt };
  }
}

/** The words to paste: 《title》第X条, the text, and where it comes from. */
export function articleCopyText({ law, article }: ArticleDetail): string {
  const source = article.source ?? law.source;
  return `《${law.title}》${article.label}\n${article.text}\n来源：${source.name} ${source.url}`;
}

/** The article a page was opened with: ?law=&no= (a link), or a poster code's scene `<law>.<no>`. */
export function articleOf(params: Partial<Record<string, string>>): { law: string; no: number } {
  const scanned = params.scene ? sceneArticle(decodeURIComponent(params.scene)) : undefined;
  return scanned ?? { law: params.law ?? '', no: Number(params.no) };
}

/** One article: from the server, or from the kept law when offline; share, copy and 404. */
export function useArticle() {
  const { law, no } = articleOf(useRouter().params);
  const [offlineSince, setOfflineSince] = useState<string>();
  const [missingUrl, setMissingUrl] = useState<string>();

  const remote = useRemote(async (): Promise<ArticleDetail> => {
    try {
      const { detail, savedAt } = await articleOrCopy(law, no);
      setOfflineSince(savedAt);
      return detail;
    } catch (caught) {
      if ((caught as ApiError).status === 404) setMissingUrl(await fullTextUrlOf(law));
      throw caught;
    }
  });
  const detail = remote.data;

  // 转发 (weapp): a card titled 《short》第X条 that opens this article.
  Taro.useLoad(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.showShareMenu({ showShareItems: ['wechatFriends', 'wechatMoment'] });
    }
  });
  const shareTitle = detail && `《${detail.law.shortTitle}》${detail.article.label}`;
  Taro.useShareAppMessage(() => ({ title: shareTitle, path: lawRoutes.article(law, no) }));
  Taro.useShareTimeline(() => ({
    title: shareTitle,
    query: `law=${encodeURIComponent(law)}&no=${no}`,
  }));

  const copyArticle = () => detail && void copyText(articleCopyText(detail), '条文已复制');
  /** H5 has no 转发: the article's address to paste anywhere. */
  const copyLink = () =>
    void copyText(
      `${window.location.origin}${lawRoutes.article(law, no)}`,
      '链接已复制，可粘贴发送给朋友',
    );
  /** 上一条/下一条 replace this page: 返回 goes back to where the reader came from. */
  const goTo = (next: number) => void Taro.redirectTo({ url: lawRoutes.article(law, next) });

  const missing = remote.error?.status === 404 || !law || !Number.isInteger(no) || no < 1;
  return {
    law,
    no,
    remote,
    detail,
    offlineSince,
    missing,
    missingUrl,
    copyArticle,
    copyLink,
    goTo,
  };
}
