import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { ComplaintDetail } from '@api/complaints';
import { DecisionDialog } from '@/components/decision-dialog';
import { ReasonDialog } from '@/components/reason-dialog';
import { useSupervision } from './use-supervision';
import './supervision.scss';

const OPEN = ['submitted', 'accepted', 'mediating'];

/** 督办 (staff): mark an open complaint with a note, see who supervises it since when, lift it. */
export function SupervisionControl({ complaint }: { complaint: ComplaintDetail }) {
  const { supervision, problem, mark, lift } = useSupervision(complaint.id);
  const [dialog, setDialog] = useState<'mark' | 'lift'>();
  const close = () => setDialog(undefined);
  // Still loading, or an ended complaint nobody supervises: nothing to show.
  if (supervision === undefined && !problem) return null;
  if (!supervision && !OPEN.includes(complaint.status)) return null;

  return (
    <View className="section supervision" aria-label="督办">
      {supervision ? (
        <>
          <View className="supervision__head">
            <Tag type="danger">督办中</Tag>
            {/* Name and time each stay whole in 大字模式 (no "2026-12-06 / 10:44"). */}
            <View className="supervision__who">
              <Text className="supervision__whole">{supervision.supervisorName}</Text>
              <Text className="supervision__whole">
                {dayjs(supervision.since).format('YYYY-MM-DD HH:mm')}起督办
              </Text>
            </View>
          </View>
          <Text className="supervision__note">督办意见：{supervision.note}</Text>
          <Button size="small" fill="outline" onClick={() => setDialog('lift')}>
            取消督办
          </Button>
        </>
      ) : (
        <View className="supervision__head">
          <Text className="muted">需要优先办理的投诉可以督办，值班看板会集中显示。</Text>
          <Button size="small" type="primary" onClick={() => setDialog('mark')}>
            督办
          </Button>
        </View>
      )}
      {problem && (
        <View className="supervision__problem" role="alert">
          {problem}
        </View>
      )}
      <ReasonDialog
        visible={dialog === 'mark'}
        title="督办这条投诉"
        hint="督办意见会显示在值班看板上，提醒承办人员优先办理。"
        what="督办意见"
        confirmText="确认督办"
        onCancel={close}
        onConfirm={async (note) => {
          await mark(note);
          close();
        }}
      />
      <DecisionDialog
        visible={dialog === 'lift'}
        title="取消督办"
        confirmText="确定"
        onCancel={close}
        onConfirm={async () => {
          await lift();
          close();
        }}
      >
        <Text>取消后这条投诉不再显示在督办中。</Text>
      </DecisionDialog>
    </View>
  );
}
