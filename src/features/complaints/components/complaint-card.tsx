import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ComplaintSummary } from '@api/complaints';
import { currentDeadline, formatDate, formatTime } from '../labels';
import { complaintRoutes } from '../routes';
import { DeadlineMark, StatusTag } from './deadline-mark';
import { StaffWarnings } from './staff-warnings';
import './complaint-card.scss';

interface ComplaintCardProps {
  complaint: ComplaintSummary;
  /** Show the deadline that applies now, with its marks (staff and merchants). */
  showDeadline?: boolean;
  /** Show what staff should check (the queue). */
  showWarnings?: boolean;
}

/** One complaint in a list; tap for the detail. */
export function ComplaintCard({ complaint, showDeadline, showWarnings }: ComplaintCardProps) {
  const deadline = currentDeadline(complaint);
  return (
    <View
      className="section complaint-card tap-target"
      role="button"
      aria-label={`投诉 ${complaint.trackingNo}`}
      onClick={() => void Taro.navigateTo({ url: complaintRoutes.detail(complaint.id) })}
    >
      <View className="complaint-card__head">
        <Text className="complaint-card__merchant">{complaint.merchantName}</Text>
        <StatusTag status={complaint.status} />
      </View>
      <Text className="muted">
        {complaint.category} · 编号 {complaint.trackingNo}
      </Text>
      <Text className="muted">{formatTime(complaint.submittedAt)} 提交</Text>
      {showDeadline && (complaint.industry || complaint.town) && (
        <Text className="muted">
          {[complaint.industry, complaint.town].filter(Boolean).join(' · ')}
        </Text>
      )}
      {showDeadline && deadline && (
        <View className="complaint-card__deadline">
          <Text>
            {deadline.label}：{formatDate(deadline.date)}（含）
          </Text>
          <DeadlineMark overdue={complaint.overdue} dueSoon={complaint.dueSoon} />
        </View>
      )}
      {showWarnings && <StaffWarnings complaint={complaint} />}
    </View>
  );
}
