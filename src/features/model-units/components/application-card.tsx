import { View, Text } from '@tarojs/components';
import { Step, Steps, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { ModelUnitApplication } from '@api/model-units';
import { APPLICATION_STATUS, BADGE_STATUS } from '../labels';
import './application-card.scss';

const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');
/** Under a step a third of the screen wide: digits stay on one line, in 大字模式 too. */
const stepDay = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/** One application: where it stands (已提交 → 审核中 → 已通过/未通过), why, and the certificate. */
export function ApplicationCard({ application }: { application: ModelUnitApplication }) {
  const { status, badge } = application;
  const decided = status !== 'submitted';
  const ticked = application.checklist.filter((answer) => answer.checked).length;
  return (
    <View className="section application-card">
      <View className="application-card__head">
        <Text className="application-card__name">{application.merchantName}</Text>
        <Tag type={APPLICATION_STATUS[status].tag}>{APPLICATION_STATUS[status].label}</Tag>
      </View>
      <Text className="muted">
        申报类别：{application.category} · 自查 {ticked}/{application.checklist.length} 项
      </Text>
      <Steps className="application-card__steps" value={decided ? 3 : 2} status="dynamic">
        <Step value={1} title="已提交" description={stepDay(application.submittedAt)} />
        <Step value={2} title="审核中" description={decided ? '' : '工作人员审核中'} />
        <Step
          value={3}
          title={status === 'approved' ? '已通过' : status === 'rejected' ? '未通过' : '审核结果'}
          description={application.reviewedAt ? stepDay(application.reviewedAt) : ''}
        />
      </Steps>
      {status === 'rejected' && (
        <Text className="application-card__reason">
          未通过原因：{application.reviewReason ?? '未说明'}
        </Text>
      )}
      {badge && (
        <View className="application-card__certificate">
          <View className="application-card__head">
            <Text className="application-card__title">
              {badge.year}年度{badge.level}放心消费示范单位
            </Text>
            <Tag type={badge.status === 'active' ? 'danger' : 'default'}>
              {BADGE_STATUS[badge.status]}
            </Tag>
          </View>
          <Text>证书编号：{badge.certificateNo}</Text>
          <Text>等级：{badge.level}</Text>
          <Text>有效期至：{day(badge.validUntil)}</Text>
          {badge.status === 'revoked' && badge.revokedReason && (
            <Text className="application-card__reason">撤销原因：{badge.revokedReason}</Text>
          )}
        </View>
      )}
    </View>
  );
}
