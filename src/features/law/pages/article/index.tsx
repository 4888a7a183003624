import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AppUse, ArticleDetail } from '@api/law';
import { NATIONAL_LAW_DATABASE } from '@/domain/law-vocabulary';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { FullTextNotice } from '../../components/excerpt-notice';
import { versionDay } from '../../components/law-labels';
import { savedDay } from '../../law-cache';
import { lawRoutes } from '../../routes';
import { useArticle } from './use-article';
import './index.scss';

/** A use of the article opens its page; a tab page (查商家) needs switchTab. */
const openUse = (path: string) => () =>
  void Taro.navigateTo({ url: path }).catch(() => Taro.switchTab({ url: path }));

function UsedBy({ uses, offline }: { uses: AppUse[]; offline: boolean }) {
  return (
    <View className="section" aria-label="本条在小程序中的应用">
      <View className="section-title">本条在小程序中的应用</View>
      {offline && <Text className="muted">联网后可查看</Text>}
      {!offline && uses.length === 0 && <Text className="muted">暂无</Text>}
      {uses.map((use) =>
        use.path ? (
          <View
            key={`${use.label}${use.path}`}
            className="law-article__use tap-target"
            role="link"
            onClick={openUse(use.path)}
          >
            <Text className="law-article__use-label">{use.label}</Text>
            <Text className="law-article__use-go">›</Text>
          </View>
        ) : (
          <View key={use.label} className="law-article__use">
            <Text>{use.label}</Text>
          </View>
        ),
      )}
    </View>
  );
}

function Body({ detail }: { detail: ArticleDetail }) {
  const { law, chapter, article } = detail;
  return (
    <View className="section law-article__body">
      <Text
        className="law-article__law tap-target"
        onClick={() => void Taro.navigateTo({ url: lawRoutes.law(law.key) })}
      >
        《{law.title}》
      </Text>
      {chapter && <Text className="muted">{chapter}</Text>}
      <Text className="law-article__label">{article.label}</Text>
      {article.text.split('\n').map((paragraph, index) => (
        <Text key={index} className="law-article__paragraph" userSelect>
          {paragraph}
        </Text>
      ))}
      {article.partial && (
        <Text className="law-article__partial">
          节选：本条有部分文字未收录（以“……”标出），全文以官方文本为准。
        </Text>
      )}
      {article.source && <Text className="muted">本条核对来源：{article.source.name}</Text>}
    </View>
  );
}

/** One article: its words, where it comes from, 上一条/下一条, the app's uses, 复制/分享/海报. */
export default function LawArticlePage() {
  const {
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
  } = useArticle();
  const weapp = process.env.TARO_ENV === 'weapp';

  if (missing) {
    return (
      <PageShell className="law-article">
        <View className="section law-article__missing" role="alert">
          <Text className="law-article__missing-title">本条未收录</Text>
          <Text className="muted">普法库暂未收录这一条，可以查看全文。</Text>
        </View>
        <FullTextNotice
          message="全文见国家法律法规数据库："
          url={missingUrl ?? NATIONAL_LAW_DATABASE}
        />
      </PageShell>
    );
  }

  return (
    <PageShell className="law-article">
      <LoadState
        data={detail}
        error={detail ? undefined : remote.error}
        loading={remote.loading}
        onRetry={() => void remote.reload()}
      >
        {(item) => (
          <>
            {offlineSince && (
              <View
                className="law-article__offline"
                role="status"
                onClick={() => void remote.reload()}
              >
                离线阅读 · {savedDay(offlineSince)}保存的版本（点此刷新）
              </View>
            )}
            <Body detail={item} />
            <View className="law-article__steps">
              <Button
                size="small"
                fill="outline"
                disabled={item.previous === undefined}
                onClick={() => item.previous !== undefined && goTo(item.previous)}
              >
                上一条
              </Button>
              <Button
                size="small"
                fill="outline"
                disabled={item.next === undefined}
                onClick={() => item.next !== undefined && goTo(item.next)}
              >
                下一条
              </Button>
            </View>
            <UsedBy uses={item.usedBy} offline={offlineSince !== undefined} />
            <View className="section law-article__source">
              <Text className="muted">
                来源：{item.law.source.name}（{versionDay(item.law.versionDate)}版）
              </Text>
              {!item.law.complete && (
                <Text className="muted">本法为摘录，全文：{item.law.fullTextUrl}</Text>
              )}
            </View>
            <View className="law-article__bar">
              <Button size="small" fill="outline" onClick={copyArticle}>
                复制
              </Button>
              {weapp ? (
                <Button size="small" fill="outline" openType="share">
                  分享
                </Button>
              ) : (
                <Button size="small" fill="outline" onClick={copyLink}>
                  复制链接
                </Button>
              )}
              <Button
                size="small"
                type="primary"
                onClick={() => void Taro.navigateTo({ url: lawRoutes.poster(law, no) })}
              >
                海报
              </Button>
            </View>
          </>
        )}
      </LoadState>
    </PageShell>
  );
}
