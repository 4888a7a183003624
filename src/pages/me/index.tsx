import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { LiteCell as Cell } from '@/components/lite-cell';
import { LiteTag as Tag } from '@/components/lite-tag';
import { PageShell } from '@/components/page-shell';
import { LiteButton } from '@/components/lite-button';
import { LiteSwitch } from '@/components/lite-switch';
import { usePrefs, setPrefs } from '@/services/prefs';
import { useSession, session } from '@/services/session';
import { fetchMe, login, logout, ROLE_LABELS } from '@/services/auth';
import { authRoutes } from '@/features/auth';
import { messageRoutes } from '@/features/messages';
import { useState } from 'react';
import { useBusy } from '@/hooks/use-busy';
import type { UnreadCount } from '@api/messages';
import { request } from '@/services/request';
import { AboutEntry, MeEntries } from './me-entries';
import './index.scss';

/** 我的: who I am, sign in and out, and the large-text mode. */
export default function MePage() {
  const current = useSession();
  const { largeText } = usePrefs();
  const { busy, whileBusy } = useBusy();
  const user = current?.user;
  const [unread, setUnread] = useState(0);

  // A role can change on the server (e.g. a merchant verified), so refresh it on every visit.
  useDidShow(() => {
    if (!session.token()) return;
    // 消息's badge: one small request each time 我的 shows (the list itself is a subpackage).
    request<UnreadCount>('/messages/unread-count', { toast: false })
      .then((r) => setUnread(r.count))
      .catch(() => undefined);
    fetchMe()
      .then((me) => {
        const saved = session.token() && current;
        if (saved) session.save({ ...saved, user: me });
      })
      .catch(() => undefined);
  });

  // request() already told the user why a sign-in failed.
  const signIn = () =>
    whileBusy(async () => {
      await login();
      void Taro.showToast({ title: '登录成功', icon: 'success' });
    }).catch(() => undefined);

  return (
    <PageShell className="me">
      <View className="me__profile">
        <View className="me__avatar">{user ? user.nickname.slice(0, 1) : '访'}</View>
        <View className="me__who">
          <Text className="me__name">{user ? user.nickname : '未登录'}</Text>
          {user ? (
            <Tag type="primary" round>
              {ROLE_LABELS[user.role]}
            </Tag>
          ) : (
            <Text className="me__hint">登录后可投诉、查看办理进度</Text>
          )}
        </View>
        {!user && (
          <LiteButton type="primary" size="small" loading={busy} onClick={() => void signIn()}>
            {process.env.TARO_ENV === 'weapp' ? '微信登录' : '体验登录'}
          </LiteButton>
        )}
      </View>

      {user && (
        <View className="section">
          <Cell
            className="tap-target"
            title="消息"
            description="投诉办理进展等通知"
            clickable
            extra={
              unread > 0 ? (
                <View aria-label={`${unread}条未读`}>
                  <Tag type="danger" round>
                    {unread > 99 ? '99+' : unread}
                  </Tag>
                </View>
              ) : undefined
            }
            onClick={() => void Taro.navigateTo({ url: messageRoutes.index })}
          />
        </View>
      )}
      <MeEntries role={user?.role} />

      <View className="section">
        <Cell
          className="tap-target"
          title="大字模式"
          description="字号更大、行距更宽，方便长辈使用"
          extra={
            <LiteSwitch
              checked={largeText}
              label="大字模式"
              onChange={(checked) => setPrefs({ largeText: checked })}
            />
          }
        />
        {user?.role !== 'staff' && user?.role !== 'admin' && (
          <Cell
            className="tap-target"
            title="工作人员登录"
            description="市场监管局、消保委工作人员使用"
            clickable
            onClick={() => void Taro.navigateTo({ url: authRoutes.staffLogin })}
          />
        )}
        {(user?.role === 'staff' || user?.role === 'admin') && (
          <Cell
            className="tap-target"
            title="修改密码"
            description={
              user.mustChangePassword
                ? '请先修改一次性密码，才能办理业务'
                : '定期更换，保护账号安全'
            }
            clickable
            onClick={() => void Taro.navigateTo({ url: authRoutes.changePassword })}
          />
        )}
        {user && <Cell className="tap-target" title="退出登录" clickable onClick={logout} />}
      </View>
      <AboutEntry />
    </PageShell>
  );
}
