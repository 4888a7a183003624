import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SessionStatus, StaffSession } from '@api/law';
import { SESSION_STATUS_LABELS, SESSION_STATUSES } from '@/domain/law-vocabulary';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { ReasonDialog } from '@/components/reason-dialog';
import { usePagedList } from '@/hooks/use-paged-list';
import { ApiError } from '@/services/request';
import { lawRoutes } from '../../routes';
import { sessionsStaffApi } from '../../staff-sessions-api';
import { StaffSessionCard } from '../../session-components/staff-session-card';
import '@/components/filter-chips.scss';
import './index.scss';

const EMPTY: Record<SessionStatus, string> = {
  draft: '没有草稿',
  published: '还没有发布的活动',
  cancelled: '没有已取消的活动',
};

const say = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });
const failure = (caught: unknown, fallback: string) =>
  caught instanceof ApiError ? caught.message : fallback;

function Manage() {
  const [status, setStatus] = useState<SessionStatus>('published');
  const [cancelling, setCancelling] = useState<StaffSession>();
  const list = usePagedList((cursor) => sessionsStaffApi.list(status, cursor), {
    key: status,
    reloadOnShow: true,
  });

  const publish = async (session: StaffSession) => {
    const answer = await Taro.showModal({
      title: '发布活动',
      content: `发布后群众可在“法润乡村”看到「${session.topic}」并设置提醒。`,
      confirmText: '发布',
    });
    if (!answer.confirm) return;
    try {
      await sessionsStaffApi.transition(session.id, { action: 'publish' });
      say('已发布');
      void list.reload();
    } catch (caught) {
      say(failure(caught, '发布失败，请稍后再试'));
    }
  };

  const cancel = async (reason: string) => {
    if (!cancelling) return;
    try {
      await sessionsStaffApi.transition(cancelling.id, { action: 'cancel', reason });
    } catch (caught) {
      say(failure(caught, '取消失败，请稍后再试'));
      throw caught;
    }
    setCancelling(undefined);
    say('已取消，设置提醒的群众会收到通知');
    void list.reload();
  };

  return (
    <>
      <View className="law-sessions-manage__actions">
        <Button
          type="primary"
          onClick={() => void Taro.navigateTo({ url: lawRoutes.sessionCreate })}
        >
          新建活动
        </Button>
        <Button
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: lawRoutes.sessionStats })}
        >
          签到与反馈统计
        </Button>
      </View>
      <View className="section">
        <View className="filter-chips" role="tablist" aria-label="按状态查看">
          {SESSION_STATUSES.map((value) => (
            <View
              key={value}
              className={`filter-chips__chip tap-target ${value === status ? 'is-active' : ''}`}
              role="tab"
              aria-selected={value === status}
              onClick={() => setStatus(value)}
            >
              {SESSION_STATUS_LABELS[value]}
            </View>
          ))}
        </View>
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="law-sessions-manage__empty">
            <EmptyState title={EMPTY[status]} description="点“新建活动”安排一场法润乡村普法活动" />
          </View>
        }
      >
        {(items) =>
          items.map((item) => (
            <StaffSessionCard
              key={item.id}
              session={item}
              onPublish={(session) => void publish(session)}
              onCancel={setCancelling}
            />
          ))
        }
      </PagedListView>
      <ReasonDialog
        visible={Boolean(cancelling)}
        title="取消活动"
        hint="原因会显示在活动页面，设置了提醒的群众会收到取消通知。"
        confirmText="确认取消"
        what="取消原因"
        onCancel={() => setCancelling(undefined)}
        onConfirm={cancel}
      />
    </>
  );
}

/** 普法活动管理 (staff): sessions by status, upcoming first; 新建, 编辑, 发布, 取消, 签到二维码. */
export default gatedPage('law-sessions-manage', { staffOnly: true }, Manage);
