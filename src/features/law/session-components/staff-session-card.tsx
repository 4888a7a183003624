import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { StaffSession } from '@api/law';
import { SESSION_STATUS_LABELS } from '@/domain/law-vocabulary';
import { PrivateImage } from '@/components/private-image';
import { lawRoutes } from '../routes';
import { sessionsStaffApi } from '../staff-sessions-api';
import { sessionWhen } from './session-time';
import './staff-session-card.scss';

const open = (url: string) => void Taro.navigateTo({ url });

interface StaffSessionCardProps {
  session: StaffSession;
  onPublish: (session: StaffSession) => void;
  onCancel: (session: StaffSession) => void;
}

/** One session in the staff list: status, when and where, check-ins and reminders, what to do. */
export function StaffSessionCard({ session, onPublish, onCancel }: StaffSessionCardProps) {
  const [showQr, setShowQr] = useState(false);
  const { status } = session;
  return (
    <View className="section staff-session" aria-label={session.topic}>
      <View className="staff-session__tags">
        <Tag
          type={status === 'published' ? 'success' : status === 'cancelled' ? 'danger' : 'default'}
        >
          {SESSION_STATUS_LABELS[status]}
        </Tag>
        {status === 'published' && <Tag plain>{session.past ? '已结束' : '未结束'}</Tag>}
      </View>
      <Text className="staff-session__topic">{session.topic}</Text>
      <Text className="staff-session__when">{sessionWhen(session.startsAt, session.endsAt)}</Text>
      <Text className="muted">
        {session.town} · {session.village} · {session.place}
      </Text>
      {status === 'cancelled' && session.cancelledReason && (
        <Text className="staff-session__reason">取消原因：{session.cancelledReason}</Text>
      )}
      <View className="staff-session__counts">
        <Text>签到 {session.attendees} 人</Text>
        <Text>提醒 {session.reminders} 人</Text>
      </View>
      {showQr && (
        <View className="staff-session__qr">
          <PrivateImage
            className="staff-session__qr-image"
            url={sessionsStaffApi.qrUrl(session.id)}
            label={`${session.topic} 签到二维码`}
            what="签到二维码"
            mode="aspectFit"
          />
          <Text className="muted">签到码 {session.checkinCode}</Text>
          <Text className="muted">点击二维码放大，长按可保存，打印后张贴在活动现场。</Text>
        </View>
      )}
      <View className="staff-session__actions">
        {status !== 'cancelled' && (
          <Button
            size="small"
            fill="outline"
            onClick={() => open(lawRoutes.sessionEdit(session.id))}
          >
            编辑
          </Button>
        )}
        {status === 'draft' && (
          <Button size="small" type="primary" onClick={() => onPublish(session)}>
            发布
          </Button>
        )}
        {status === 'published' && (
          <>
            <Button size="small" fill="outline" onClick={() => setShowQr((shown) => !shown)}>
              {showQr ? '收起二维码' : '签到二维码'}
            </Button>
            {!session.past && (
              <Button size="small" fill="outline" onClick={() => onCancel(session)}>
                取消活动
              </Button>
            )}
          </>
        )}
      </View>
    </View>
  );
}
