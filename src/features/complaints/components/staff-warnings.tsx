import { View, Text } from '@tarojs/components';
import type { ComplaintSummary } from '@api/complaints';
import './staff-warnings.scss';

type Flags = Pick<ComplaintSummary, 'pastThreeYears' | 'calendarWarning'>;

/** What staff should check before deciding; the server derives each flag, this only words it. */
export function staffWarnings(complaint: Flags): string[] {
  const warnings: string[] = [];
  if (complaint.pastThreeYears) {
    warnings.push(
      '可能已超过三年：发现问题日期（未填时按消费日期）距收到投诉已超过三年，请按第十五条（四）核实',
    );
  }
  if (complaint.calendarWarning) warnings.push(complaint.calendarWarning);
  return warnings;
}

/** The warnings as a block (staff only: consumers and merchants never see it). */
export function StaffWarnings({ complaint }: { complaint: Flags }) {
  const warnings = staffWarnings(complaint);
  if (warnings.length === 0) return null;
  return (
    <View className="staff-warnings" role="note" aria-label="办理提示">
      {warnings.map((warning) => (
        <Text key={warning} className="staff-warnings__item">
          ⚠ {warning}
        </Text>
      ))}
    </View>
  );
}
