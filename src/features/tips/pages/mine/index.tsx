import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MyTip } from '@api/tips';
import { gatedPage } from '@/components/access-gate';
import { DecisionDialog } from '@/components/decision-dialog';
import { EmptyState } from '@/components/empty-state';
import { LinkButton } from '@/components/link-button';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { tipsApi } from '../../api';
import { TipStatusTag } from '../../components/tip-status-tag';
import { formatDate } from '../../labels';
import { tipRoutes } from '../../routes';
import './index.scss';

const withdrawable = (tip: MyTip) => tip.status === 'pending' || tip.status === 'published';

function MyTipCard({ tip, onWithdraw }: { tip: MyTip; onWithdraw: () => void }) {
  const published = tip.status === 'published';
  const open = () => published && void Taro.navigateTo({ url: tipRoutes.detail(tip.id) });
  return (
    <View className="section my-tip" aria-label={`投稿 ${tip.title}`}>
      <View className={`my-tip__head ${published ? 'tap-target' : ''}`} onClick={open}>
        <Text className="my-tip__title">{tip.title}</Text>
        <TipStatusTag status={tip.status} />
      </View>
      <Text className="my-tip__body">{tip.body}</Text>
      {tip.status === 'rejected' && tip.rejectReason && (
        <Text className="my-tip__reason">未通过原因：{tip.rejectReason}</Text>
      )}
      {tip.status === 'pending' && (
        <Text className="muted">工作人员审核通过后会公开，请耐心等待。</Text>
      )}
      <View className="my-tip__foot">
        <Text className="muted">
          {tip.category} · {formatDate(tip.publishedAt ?? tip.createdAt)}
          {published ? ' 发布' : ' 提交'}
          {published || tip.usefulCount > 0 ? ` · 有用 ${tip.usefulCount}` : ''}
        </Text>
        <View className="my-tip__actions">
          {published && (
            <Button size="small" fill="outline" onClick={open}>
              查看
            </Button>
          )}
          {withdrawable(tip) && (
            <Button size="small" fill="outline" type="danger" onClick={onWithdraw}>
              撤回
            </Button>
          )}
        </View>
      </View>
    </View>
  );
}

function Mine() {
  const list = usePagedList((cursor) => tipsApi.mine(cursor), { reloadOnShow: true });
  /** Tips whose status changed here (撤回), shown as the server answered. */
  const [changed, setChanged] = useState<Record<string, MyTip>>({});
  const [withdrawing, setWithdrawing] = useState<MyTip>();

  const withdraw = async () => {
    if (!withdrawing) return;
    const updated = await tipsApi.withdraw(withdrawing.id);
    setChanged((current) => ({ ...current, [updated.id]: updated }));
    setWithdrawing(undefined);
    void Taro.showToast({ title: '已撤回', icon: 'success' });
  };

  return (
    <>
      <PagedListView
        list={list}
        header={
          <View className="my-tips__write">
            <LinkButton block type="primary" url={tipRoutes.write}>
              写小贴士
            </LinkButton>
          </View>
        }
        empty={
          <View className="my-tips__empty">
            <EmptyState
              title="还没有投稿"
              description="把你的消费经验写成小贴士，审核通过后分享给更多人"
            />
            <LinkButton type="primary" url={tipRoutes.write}>
              写小贴士
            </LinkButton>
          </View>
        }
      >
        {(items) =>
          items.map((tip) => (
            <MyTipCard
              key={tip.id}
              tip={changed[tip.id] ?? tip}
              onWithdraw={() => setWithdrawing(changed[tip.id] ?? tip)}
            />
          ))
        }
      </PagedListView>
      <DecisionDialog
        visible={withdrawing !== undefined}
        title="撤回这条小贴士？"
        confirmText="确认撤回"
        onCancel={() => setWithdrawing(undefined)}
        onConfirm={withdraw}
      >
        <Text>「{withdrawing?.title}」撤回后不再公开，也不能恢复；需要的话可以重新投稿。</Text>
      </DecisionDialog>
    </>
  );
}

/** 我的投稿: my tips in every status, with the reason of a refusal; 撤回 one. */
export default gatedPage(
  'my-tips',
  { signInReason: '登录后可查看你投稿的小贴士和审核结果。' },
  Mine,
);
