import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StaffBatch } from '@api/disclosure';
import { disclosureRoutes } from '../routes';
import { exportUrl, openExport } from '../staff-api';
import type { BatchTransitionBody } from '@api/disclosure';
import { ActionDialog } from './action-dialog';
import './staff-disclosure.scss';

type Dialog = 'notify' | 'return' | 'publish' | 'withdraw' | 'correct';

interface BatchActionsProps {
  batch: StaffBatch;
  me: string | undefined;
  busy: boolean;
  /** The last refused step's message, shown under the buttons. */
  notice?: string;
  act: (body: BatchTransitionBody) => Promise<void>;
  correct: (changeNote: string) => Promise<void>;
}

const EXPORTABLE = new Set<StaffBatch['status']>(['published', 'superseded']);

/** The steps the server allows now (StaffBatch.allowedActions), the preview and the exports. */
export function BatchActions({ batch, me, busy, notice, act, correct }: BatchActionsProps) {
  const [dialog, setDialog] = useState<Dialog>();
  const can = new Set(batch.allowedActions);
  const close = () => setDialog(undefined);
  const then = (work: Promise<void>) => work.then(close);
  // Only a second staff member publishes: say so instead of a button that would be refused.
  const ownBatch =
    batch.status === 'submitted' &&
    !can.has('publish') &&
    (batch.createdBy === me || batch.submittedBy === me);

  return (
    <View className="batch-actions">
      {can.has('notify') && (
        <Button block type="primary" disabled={busy} onClick={() => setDialog('notify')}>
          通知经营者
        </Button>
      )}
      {can.has('submit') && (
        <Button
          block
          type="primary"
          loading={busy}
          disabled={busy}
          onClick={() => void act({ action: 'submit' }).catch(() => undefined)}
        >
          提交审批
        </Button>
      )}
      {can.has('publish') && (
        <Button block type="primary" disabled={busy} onClick={() => setDialog('publish')}>
          发布
        </Button>
      )}
      {ownBatch && (
        <View className="batch-actions__why" role="note">
          这批由您新建或提交，需由其他工作人员审批发布
        </View>
      )}
      {can.has('return') && (
        <Button block fill="outline" type="primary" onClick={() => setDialog('return')}>
          退回
        </Button>
      )}
      {can.has('correct') && (
        <Button block fill="outline" type="primary" onClick={() => setDialog('correct')}>
          更正（生成新版本）
        </Button>
      )}
      {can.has('withdraw') && (
        <Button block fill="outline" type="danger" onClick={() => setDialog('withdraw')}>
          撤回
        </Button>
      )}
      {notice && (
        <View className="batch-actions__notice" role="alert">
          {notice}
        </View>
      )}
      <Button
        block
        fill="outline"
        onClick={() => void Taro.navigateTo({ url: disclosureRoutes.preview(batch.id) })}
      >
        预览公开页面
      </Button>
      {EXPORTABLE.has(batch.status) ? (
        <View className="batch-actions__exports">
          <Button
            size="small"
            fill="outline"
            onClick={() => void openExport(exportUrl(batch.id, 'csv'))}
          >
            导出CSV
          </Button>
          <Button
            size="small"
            fill="outline"
            onClick={() => void openExport(exportUrl(batch.id, 'print'))}
          >
            打印版
          </Button>
        </View>
      ) : (
        <Text className="muted batch-actions__why">发布后可导出CSV和打印版</Text>
      )}

      <ActionDialog
        visible={dialog === 'notify'}
        title="通知经营者"
        confirmText="确认通知"
        hint="有公示条目的经营者会收到消息，可在异议期内对本店的条目提出异议或情况说明。"
        onCancel={close}
        onConfirm={() => then(act({ action: 'notify' }))}
      />
      <ActionDialog
        visible={dialog === 'publish'}
        title={`发布「${batch.title}」`}
        confirmText="确认发布"
        hint="发布后公众即可查看，内容就此固定；要修改只能撤回或更正。"
        onCancel={close}
        onConfirm={() => then(act({ action: 'publish' }))}
      />
      <ActionDialog
        visible={dialog === 'return'}
        title="退回"
        confirmText="确认退回"
        hint="退回到异议期，原因会告诉提交人"
        note={{ what: '退回原因' }}
        onCancel={close}
        onConfirm={(reason) => then(act({ action: 'return', reason }))}
      />
      <ActionDialog
        visible={dialog === 'withdraw'}
        title={`撤回「${batch.title}」`}
        confirmText="确认撤回"
        hint="撤回原因会公开显示；已公示的内容不再展示。"
        note={{ what: '撤回原因' }}
        onCancel={close}
        onConfirm={(reason) => then(act({ action: 'withdraw', reason }))}
      />
      <ActionDialog
        visible={dialog === 'correct'}
        title="更正"
        confirmText="生成新版本"
        hint="复制本批条目生成新版本草稿；发布后替换当前版本，更正说明会公开。"
        note={{ what: '更正说明' }}
        onCancel={close}
        onConfirm={(changeNote) => then(correct(changeNote))}
      />
    </View>
  );
}
