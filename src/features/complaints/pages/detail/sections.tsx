import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { ComplaintDetail, TimelineEntry } from '@api/complaints';
import { LinkButton } from '@/components/link-button';
import { PrivatePhotos } from '@/components/private-photos';
import { refusalBasis } from '@/domain/refusal-reasons';
import { useRegion } from '@/hooks/use-region';
import { ArticleLink, CitedText } from '@/features/law';
import { DeadlineMark, StatusTag } from '../../components/deadline-mark';
import { StaffWarnings } from '../../components/staff-warnings';
import {
  ACTOR,
  ENTRY_KIND,
  formatDate,
  formatTime,
  REJECT_REASONS,
  STATUS,
  TERMINATE_REASONS,
} from '../../labels';
import { complaintRoutes } from '../../routes';

const yuan = (amount: number) => `${amount.toFixed(2)} 元`;

/** A reason as the server sends it: a 第十五条/第二十一条 key, or its words. */
const reasonText = (reason: string | undefined, table: Record<string, string>) =>
  reason ? (table[reason] ?? reason) : '';

export function Header({ complaint }: { complaint: ComplaintDetail }) {
  return (
    <View className="section complaint-detail__head">
      <View className="complaint-detail__title">
        <Text className="complaint-detail__merchant">{complaint.merchantName}</Text>
        <StatusTag status={complaint.status} />
      </View>
      {/* Two pieces that each stay whole: 大字模式 broke the time as "2026-/12-06". */}
      <View className="complaint-detail__meta muted">
        <Text className="complaint-detail__whole">投诉编号 {complaint.trackingNo}</Text>
        <Text className="complaint-detail__whole">{formatTime(complaint.submittedAt)} 提交</Text>
      </View>
      <Cell title="投诉类别" extra={complaint.category} />
      <Cell title="消费日期" extra={formatDate(complaint.purchaseDate)} />
      {complaint.discoveredOn && (
        <Cell title="发现问题日期" extra={formatDate(complaint.discoveredOn)} />
      )}
      <Cell title="消费金额" extra={yuan(complaint.amount)} />
      {complaint.orderNo && <Cell title="订单号/小票号" extra={complaint.orderNo} />}
      <Cell title="商家地址" description={complaint.merchant.address} />
    </View>
  );
}

/**
 * The legal deadline that applies now (the day itself counts), its marks, the testing pause, and
 * for staff what to check. The periods come from the county profile, never from here.
 */
export function Deadlines({ complaint, staff }: { complaint: ComplaintDetail; staff?: boolean }) {
  const deadlines = useRegion()?.deadlines;
  const { status } = complaint;
  const accepting = status === 'submitted';
  const mediating =
    (status === 'accepted' || status === 'mediating') && complaint.mediationDeadline;
  const warnings = staff ? <StaffWarnings complaint={complaint} /> : null;
  if (!accepting && !mediating) {
    return warnings && <View className="section complaint-detail__deadlines">{warnings}</View>;
  }
  return (
    <View className="section complaint-detail__deadlines">
      <View className="complaint-detail__deadline">
        <Text>
          {accepting ? '受理期限' : '调解期限'}：
          {formatDate(accepting ? complaint.acceptDeadline : complaint.mediationDeadline!)}（含）
        </Text>
        <DeadlineMark overdue={complaint.overdue} dueSoon={complaint.dueSoon} />
      </View>
      {mediating && complaint.pausedForTesting && (
        <Text className="complaint-detail__paused">暂停计时（检测鉴定中）</Text>
      )}
      {deadlines && (
        <Text className="muted">
          {accepting
            ? `市场监管部门自收到投诉之日起${deadlines.acceptWorkingDays}个工作日内决定是否受理。`
            : `经双方同意调解的，自受理之日起${deadlines.mediationDays}日内调解完毕，检测、鉴定的时间不计算在内。`}
        </Text>
      )}
      {deadlines && (
        <View className="muted complaint-detail__basis">
          <Text>依据：</Text>
          {accepting && <ArticleLink law="市场监督管理投诉举报处理暂行办法" article="第十四条" />}
          <ArticleLink law="消费者权益保护法实施条例" article="第四十六条" />
        </View>
      )}
      {warnings}
    </View>
  );
}

export function Facts({ complaint }: { complaint: ComplaintDetail }) {
  const { request } = complaint;
  return (
    <View className="section">
      <View className="section-title">事情经过</View>
      <Text className="complaint-detail__facts">{complaint.facts}</Text>
      <View className="section-title complaint-detail__subtitle">诉求</View>
      <Text>{request.kinds.join('、')}</Text>
      {request.compensationAmount !== undefined && (
        <Text className="complaint-detail__line">要求赔偿：{yuan(request.compensationAmount)}</Text>
      )}
      {request.other && <Text className="complaint-detail__line">其他诉求：{request.other}</Text>}
      {complaint.evidence.length > 0 && (
        <>
          <View className="section-title complaint-detail__subtitle">
            证据照片（{complaint.evidence.length}）
          </View>
          <PrivatePhotos
            photos={complaint.evidence}
            className="complaint-detail__photos"
            photoClassName="complaint-detail__photo"
            label="证据照片"
          />
        </>
      )}
    </View>
  );
}

/** 投诉人: as the server sends it (masked for merchants, whole for the owner and staff). */
export function Complainant({
  complaint,
  canCall,
}: {
  complaint: ComplaintDetail;
  canCall: boolean;
}) {
  const { complainant } = complaint;
  return (
    <View className="section">
      <View className="section-title">投诉人</View>
      <Cell title="姓名" extra={complainant.name} />
      <Cell
        title="电话"
        extra={canCall ? `${complainant.phone} 拨打` : complainant.phone}
        clickable={canCall}
        onClick={() =>
          canCall &&
          void Taro.makePhoneCall({ phoneNumber: complainant.phone }).catch(() => undefined)
        }
      />
      <Cell title="地址" description={complainant.address} />
    </View>
  );
}

export function Outcome({ complaint }: { complaint: ComplaintDetail }) {
  const { outcome, rating } = complaint;
  if (!outcome && !rating) return null;
  return (
    <View className="section complaint-detail__outcome">
      <View className="section-title">处理结果</View>
      {outcome && <StatusTag status={outcome.status} />}
      {outcome?.status === 'rejected' && (
        <>
          <Text className="complaint-detail__line">
            不予受理理由：{reasonText(outcome.reason, REJECT_REASONS)}
          </Text>
          {/* Each article cited is a tap to its words (普法). */}
          {outcome.rejectReason && (
            <CitedText
              className="complaint-detail__line muted"
              text={`依据：${refusalBasis(outcome.rejectReason)}`}
            />
          )}
          {outcome.otherRoutes && outcome.otherRoutes.length > 0 && (
            <View className="complaint-detail__routes">
              <CitedText text="按《消费者权益保护法实施条例》第四十六条告知理由和其他解决争议的途径，您还可以：" />
              {outcome.otherRoutes.map((route) => (
                <Text key={route} className="complaint-detail__route">
                  · {route}
                </Text>
              ))}
            </View>
          )}
        </>
      )}
      {outcome?.status === 'settled' && (
        <>
          {outcome.agreement && (
            <Text className="complaint-detail__line">调解协议：{outcome.agreement}</Text>
          )}
          {outcome.amountRecovered !== undefined && (
            <Text className="complaint-detail__line">
              挽回经济损失：{yuan(outcome.amountRecovered)}
            </Text>
          )}
          <LinkButton
            className="complaint-detail__agreement"
            fill="outline"
            size="small"
            url={complaintRoutes.agreement(complaint.id)}
          >
            查看调解书（第二十二条）
          </LinkButton>
        </>
      )}
      {outcome?.status === 'terminated' && (
        <Text className="complaint-detail__line">
          终止调解理由：{reasonText(outcome.reason, TERMINATE_REASONS)}
        </Text>
      )}
      {outcome?.status === 'withdrawn' && outcome.reason && (
        <Text className="complaint-detail__line">撤回原因：{outcome.reason}</Text>
      )}
      {rating && (
        <Text className="complaint-detail__line" aria-label={`评价 ${rating.score} 星`}>
          消费者评价：{'★'.repeat(rating.score)}
          {'☆'.repeat(Math.max(0, 5 - rating.score))}
          {rating.comment ? ` ${rating.comment}` : ''}
        </Text>
      )}
    </View>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const what =
    entry.kind === 'status' && entry.status ? STATUS[entry.status].label : ENTRY_KIND[entry.kind];
  return (
    <View className={`timeline__entry timeline__entry--${entry.kind}`}>
      <View className="timeline__dot" />
      <View className="timeline__body">
        <View className="timeline__meta">
          <Text className="timeline__what">{what}</Text>
          <Text className="timeline__actor">{ACTOR[entry.actor]}</Text>
          <Text className="timeline__time">{formatTime(entry.at)}</Text>
        </View>
        <Text className="timeline__message">{entry.message}</Text>
        {entry.amount !== undefined && (
          <Text className="timeline__amount">金额：{yuan(entry.amount)}</Text>
        )}
        {entry.evidence && entry.evidence.length > 0 && (
          <PrivatePhotos
            photos={entry.evidence}
            className="complaint-detail__photos"
            photoClassName="complaint-detail__photo"
            label="补充照片"
          />
        )}
      </View>
    </View>
  );
}

/** 办理过程: every step with its time and who took it, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <View className="section timeline" aria-label="办理过程">
      <View className="section-title">办理过程</View>
      {ordered.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </View>
  );
}
