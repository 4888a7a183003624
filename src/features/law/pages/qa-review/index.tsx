import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { QaContent, StaffQa } from '@api/law';
import { GatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { ReasonDialog } from '@/components/reason-dialog';
import { QA_STATUS_LABELS } from '@/domain/law-vocabulary';
import { lawRoutes } from '../../routes';
import { useArticleChecks } from '../../qa-components/article-check';
import { CitedArticles, labelled } from '../../qa-components/cited-articles';
import { QaAnswer } from '../../qa-components/qa-answer';
import { QaHistory } from '../../qa-components/qa-history';
import { reviewActions, useQaReview } from './use-qa-review';
import './index.scss';

const STATUS_TAG = {
  draft: 'default',
  submitted: 'warning',
  published: 'success',
  unpublished: 'danger',
} as const;

type Review = ReturnType<typeof useQaReview>;

function Actions({ qa, review }: { qa: StaffQa; review: Review }) {
  const can = reviewActions(qa, review.me);
  const none = !can.edit && !can.submit && !can.review && !can.unpublish;
  return (
    <View className="law-qa-review__actions">
      {can.review && !can.ownSubmission && (
        <Button
          block
          type="primary"
          loading={review.busy === 'publish'}
          disabled={Boolean(review.busy)}
          onClick={() => void review.act({ action: 'publish' }).catch(() => undefined)}
        >
          {qa.revision ? '发布新版本' : '核对无误，发布'}
        </Button>
      )}
      {can.ownSubmission && (
        <View className="law-qa-review__why" role="note">
          这是您撰写的，需由其他工作人员审核发布
        </View>
      )}
      {can.review && (
        <Button block fill="outline" type="primary" onClick={() => review.setDialog('return')}>
          退回修改
        </Button>
      )}
      {can.submit && (
        <Button
          block
          type="primary"
          loading={review.busy === 'submit'}
          disabled={Boolean(review.busy)}
          onClick={() => void review.act({ action: 'submit' }).catch(() => undefined)}
        >
          提交审核
        </Button>
      )}
      {can.edit && (
        <Button
          block
          fill="outline"
          type="primary"
          onClick={() => void Taro.navigateTo({ url: lawRoutes.qaEdit(qa.id) })}
        >
          {qa.status === 'published' && !qa.revision ? '修改（生成新版本）' : '修改'}
        </Button>
      )}
      {can.unpublish && (
        <Button block fill="outline" type="danger" onClick={() => review.setDialog('unpublish')}>
          撤下
        </Button>
      )}
      {none && (
        <Text className="muted law-qa-review__why">
          {qa.status === 'unpublished'
            ? '已撤下，内容和记录保留备查。'
            : '草稿由作者本人修改和提交审核。'}
        </Text>
      )}
    </View>
  );
}

/** The card as consumers will see it, and the cited articles' words to check it against. */
function Version({ title, content }: { title: string; content: QaContent }) {
  const check = useArticleChecks(content.citations);
  return (
    <>
      <View className="law-qa-review__heading">{title}</View>
      <QaAnswer
        topic={content.topic}
        question={content.question}
        answer={content.answer}
        citations={labelled(content.citations, check)}
      />
      <View className="section">
        <View className="section-title">引用条文原文（供核对）</View>
        <CitedArticles refs={content.citations} check={check} />
      </View>
    </>
  );
}

function ReviewBody({ qa, review }: { qa: StaffQa; review: Review }) {
  const question = (qa.revision?.content ?? qa.content).question;
  return (
    <>
      <View className="section law-qa-review__status">
        <Tag type={STATUS_TAG[qa.status]}>{QA_STATUS_LABELS[qa.status]}</Tag>
        {!qa.authorId && <Tag type="info">系统预置</Tag>}
        <Text className="muted">第 {qa.version} 版</Text>
      </View>

      {review.notice && (
        <View className="section law-qa-review__notice" role="alert">
          {review.notice}
        </View>
      )}

      {qa.revision && (
        <Version
          title={`新版本（${qa.revision.status === 'submitted' ? '待审核' : '编辑中'}）`}
          content={qa.revision.content}
        />
      )}
      <Version title={qa.revision ? '当前发布的版本' : '读者看到的样子'} content={qa.content} />

      <Actions qa={qa} review={review} />

      <View className="section">
        <View className="section-title">状态记录</View>
        <QaHistory qa={qa} me={review.me} />
      </View>

      <ReasonDialog
        visible={review.dialog === 'return'}
        title="退回修改"
        hint="退回原因会告诉作者"
        what="退回原因"
        confirmText="确认退回"
        onCancel={() => review.setDialog(undefined)}
        onConfirm={(reason) => review.act({ action: 'return', reason })}
      />
      <ReasonDialog
        visible={review.dialog === 'unpublish'}
        title={`撤下「${question}」`}
        hint="撤下后读者看不到这条；内容和原因留档备查"
        what="撤下原因"
        confirmText="确认撤下"
        onCancel={() => review.setDialog(undefined)}
        onConfirm={(reason) => review.act({ action: 'unpublish', reason })}
      />
    </>
  );
}

function Review({ id }: { id: string }) {
  const review = useQaReview(id);
  const { qa } = review;
  return (
    <LoadState {...qa} onRetry={() => void qa.reload()} skeletonRows={12}>
      {(item) => <ReviewBody qa={item} review={review} />}
    </LoadState>
  );
}

/** 审核问答 (staff): the card as readers will see it, the cited words, the decisions. */
export default function QaReviewPage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="law-qa-review" staffOnly>
      {id ? (
        <Review id={id} />
      ) : (
        <View className="section" role="alert">
          没有指定要查看的问答。
        </View>
      )}
    </GatedPage>
  );
}
