import { Text, View } from '@tarojs/components';
import type { IndustryFigures } from '@api/disclosure';
import { daysLabel, figuresText, rateLabel } from './disclosure-labels';
import './charts.scss';

const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);

/**
 * 分行业: one bar per industry, its length the complaints accepted, the settled part filled
 * darker inside; every figure is also written out beside the bar.
 */
export function IndustryBars({ industries }: { industries: IndustryFigures[] }) {
  const sorted = [...industries].sort((a, b) => b.accepted - a.accepted);
  const most = Math.max(1, ...sorted.map((item) => item.accepted));
  return (
    <View className="section" aria-label="分行业">
      <View className="section-title">分行业</View>
      <View className="chart-legend muted" aria-hidden>
        <Text className="chart-legend__swatch is-accepted" />
        <Text>受理</Text>
        <Text className="chart-legend__swatch is-settled" />
        <Text>其中调解成功</Text>
      </View>
      <View role="list">
        {sorted.map((item) => (
          <View
            key={item.industry}
            className="industry-bar"
            role="listitem"
            aria-label={`${item.industry}：${figuresText(item)}`}
          >
            <View className="industry-bar__head">
              <Text className="industry-bar__name">{item.industry}</Text>
              <Text className="industry-bar__rate">{rateLabel(item)}</Text>
            </View>
            <View className="chart-track" aria-hidden>
              <View
                className="chart-track__fill is-accepted"
                style={{ width: `${percent(item.accepted, most)}%` }}
              >
                <View
                  className="chart-track__fill is-settled"
                  style={{ width: `${percent(item.settled, item.accepted)}%` }}
                />
              </View>
            </View>
            <Text className="muted">
              受理 {item.accepted} · 调解成功 {item.settled} · 办结中位 {daysLabel(item)}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** A business's settlement rate as a small bar with its number. */
export function RateBar({ rate }: { rate?: number }) {
  return (
    <View className="rate-bar">
      <View className="chart-track rate-bar__track" aria-hidden>
        <View className="chart-track__fill is-settled" style={{ width: `${rate ?? 0}%` }} />
      </View>
      <Text className="rate-bar__label">{rate === undefined ? '—' : `${rate}%`}</Text>
    </View>
  );
}
