import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { lawRoutes } from '../../routes';
import { QaAnswer } from '../../qa-components/qa-answer';
import { useQaDetail } from './use-qa-detail';
import './index.scss';

/** Taken down, not yet published, or an id that names nothing. */
function Gone() {
  return (
    <View className="section law-qa-detail__gone" role="alert">
      <EmptyState title="这条问答已撤下或不存在" description="可以看看其他问答" />
      <Button block type="primary" onClick={() => void Taro.redirectTo({ url: lawRoutes.qa() })}>
        查看全部问答
      </Button>
    </View>
  );
}

/** 问答: the question, the plain answer, each 依据 a tap to its article; 复制 and 分享. */
export default function LawQaDetailPage() {
  const { id, remote, copyText, copyLink } = useQaDetail();
  const gone = !id || remote.error?.status === 404;
  return (
    <PageShell className="law-qa-detail">
      {gone ? (
        <Gone />
      ) : (
        <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={10}>
          {(card) => (
            <>
              <QaAnswer
                topic={card.topic}
                question={card.question}
                answer={card.answer}
                citations={card.citations}
                meta={`${dayjs(card.publishedAt).format('YYYY年M月D日')}发布`}
              />
              <View className="law-qa-detail__actions">
                <Button block fill="outline" type="primary" onClick={() => void copyText()}>
                  复制
                </Button>
                {process.env.TARO_ENV === 'weapp' ? (
                  <Button block type="primary" openType="share">
                    分享给好友
                  </Button>
                ) : (
                  <Button block type="primary" onClick={() => void copyLink()}>
                    复制链接
                  </Button>
                )}
              </View>
              <View
                className="law-qa-detail__more tap-target"
                role="link"
                onClick={() => void Taro.navigateTo({ url: lawRoutes.qa(card.topic) })}
              >
                更多“{card.topic}”问答 ›
              </View>
            </>
          )}
        </LoadState>
      )}
    </PageShell>
  );
}
