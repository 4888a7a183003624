import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import type { ReporterIdentity, StaffReportDetail } from '@api/reports';
import { DecisionDialog } from '@/components/decision-dialog';
import { REPORTER_KIND_LABELS } from '@/domain/report-vocabulary';
import { ApiError } from '@/services/request';
import { reportsStaffApi } from '../staff-api';
import { formatDay, formatInstant } from './staff-labels';
import './reporter-section.scss';

interface ReporterSectionProps {
  report: StaffReportDetail;
  /** After a read: the history now lists it. */
  onRead: () => void;
}

/** When a real-name reporter must be told of the decision, and whether they were. */
function TellingLine({ report }: { report: StaffReportDetail }) {
  if (report.reporterToldAt) {
    return (
      <Text className="reporter-section__told">
        已于 {formatInstant(report.reporterToldAt)} 告知举报人
      </Text>
    );
  }
  if (report.tellReporterBy) {
    return (
      <Text className="reporter-section__due">
        须于{formatDay(report.tellReporterBy)}前告知举报人（第三十一条）
      </Text>
    );
  }
  return (
    <Text className="muted">作出是否立案的决定后，须在5个工作日内告知举报人（第三十一条）。</Text>
  );
}

/**
 * 举报人: the kind, and for a real-name report the identity on request only, after a notice that
 * every view is recorded (第三十三条).
 */
export function ReporterSection({ report, onRead }: ReporterSectionProps) {
  const [asking, setAsking] = useState(false);
  const [identity, setIdentity] = useState<ReporterIdentity>();
  const [failure, setFailure] = useState<string>();
  const realName = report.reporterKind === 'real-name';

  const read = async () => {
    setFailure(undefined);
    try {
      setIdentity(await reportsStaffApi.reporter(report.id));
      setAsking(false);
      onRead();
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : '查看失败，请稍后再试');
      throw caught;
    }
  };

  return (
    <View className="section reporter-section">
      <View className="section-title">举报人</View>
      <Text>
        {REPORTER_KIND_LABELS[report.reporterKind]}
        {report.wantsReply ? ' · 希望得知处理结果' : ''}
      </Text>
      {!realName && <Text className="muted">匿名举报，未留存举报人信息。</Text>}
      {realName && <TellingLine report={report} />}
      {realName && identity?.name && (
        <View className="reporter-section__identity" aria-label="举报人信息">
          <Cell title={`姓名：${identity.name}`} />
          {identity.phone && (
            <Cell
              className="tap-target"
              title={identity.phone}
              description="举报人电话"
              extra="拨打"
              clickable
              onClick={() =>
                void Taro.makePhoneCall({ phoneNumber: identity.phone! }).catch(() => undefined)
              }
            />
          )}
          <Text className="muted">请勿向被举报人或无关人员透露（第三十三条）。</Text>
        </View>
      )}
      {realName && !identity && (
        <Button block fill="outline" type="primary" onClick={() => setAsking(true)}>
          查看举报人信息
        </Button>
      )}
      <DecisionDialog
        visible={asking}
        title="查看举报人信息"
        confirmText="确认查看"
        onCancel={() => {
          setAsking(false);
          setFailure(undefined);
        }}
        onConfirm={read}
      >
        <Text className="reporter-section__notice">
          依据《市场监督管理投诉举报处理暂行办法》第三十三条，举报人信息须保密。每次查看都会记录查看人和时间，并列入办理记录。
        </Text>
        {failure && (
          <View className="reporter-section__failure" role="alert">
            {failure}
          </View>
        )}
      </DecisionDialog>
    </View>
  );
}
