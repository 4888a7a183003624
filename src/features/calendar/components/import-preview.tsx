import { View, Text } from '@tarojs/components';
import type { CalendarImportResult } from '@api/calendar';
import { weekdayName } from '@/domain/calendar-import';

/** Consecutive dates shown as one run: 2027-02-05 至 02-11（7天）. */
export function runs(dates: readonly string[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= dates.length; i += 1) {
    const prev = Date.parse(`${dates[i - 1]}T00:00:00Z`);
    const next = i < dates.length ? Date.parse(`${dates[i]}T00:00:00Z`) : NaN;
    if (next - prev === 86_400_000) continue;
    const n = i - start;
    out.push(
      n === 1
        ? `${dates[start].slice(5)}（${weekdayName(dates[start])}）`
        : `${dates[start].slice(5)} 至 ${dates[i - 1].slice(5)}（${n}天）`,
    );
    start = i;
  }
  return out;
}

/** What the server would store: 休 runs, 班 days, notes and every error. */
export function ImportPreview({ result }: { result: CalendarImportResult }) {
  const ok = result.errors.length === 0;
  return (
    <View className="section calendar__preview" role="status">
      <View className="section-title">
        {ok ? `预览：${result.year}年` : `${result.year}年有 ${result.errors.length} 处需要修改`}
      </View>
      {result.errors.map((e) => (
        <Text key={e} className="calendar__problem">
          {e}
        </Text>
      ))}
      {ok && (
        <>
          <Text>
            放假 {result.holidays.length} 天，调休上班 {result.workdays.length} 天
            {result.replaces ? '（将整体替换已导入的该年安排）' : ''}
          </Text>
          <Text className="calendar__subtitle">休</Text>
          {runs(result.holidays).map((r) => (
            <Text key={r} className="calendar__run">
              {r}
            </Text>
          ))}
          <Text className="calendar__subtitle">班</Text>
          {result.workdays.length === 0 && <Text className="muted">无</Text>}
          {result.workdays.map((d) => (
            <Text key={d} className="calendar__run">
              {d.slice(5)}（{weekdayName(d)}）
            </Text>
          ))}
        </>
      )}
      {result.notes.map((n) => (
        <Text key={n} className="muted">
          {n}
        </Text>
      ))}
    </View>
  );
}
