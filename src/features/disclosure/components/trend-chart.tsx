import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { TrendPoint } from '@api/disclosure';
import { rateLabel } from './disclosure-labels';
import './charts.scss';

// A plot 100 wide and 40 high (the box keeps that ratio at any width), so the line's angles hold.
const WIDTH = 100;
const HEIGHT = 40;
/** The latest periods fit side by side on a phone. */
const MOST_POINTS = 8;

const across = (x: number) => `${(x / WIDTH) * 100}%`;
const up = (y: number) => `${(y / HEIGHT) * 100}%`;
/** Each period by the month it ends (26.12); by the day when two end in the same month. */
const periodLabels = (points: TrendPoint[]) => {
  const months = points.map((point) => dayjs(point.periodTo).format('YY.M'));
  const shared = months.some((month, index) => months.indexOf(month) !== index);
  return shared ? points.map((point) => dayjs(point.periodTo).format('M.D')) : months;
};

interface Spot {
  x: number;
  y: number;
}

/** A straight piece of the line from one rate dot to the next, as a turned thin View. */
function Segment({ from, to }: { from: Spot; to: Spot }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.sqrt(dx * dx + dy * dy);
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return (
    <View
      className="trend__segment"
      style={{
        left: across(from.x),
        bottom: up(from.y),
        width: across(length),
        transform: `rotate(${-angle}deg)`,
      }}
    />
  );
}

/**
 * 趋势: complaints accepted per period as columns and the settlement rate as a line, oldest
 * first; a table below gives every number in words.
 */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const points = trend.slice(-MOST_POINTS);
  if (points.length === 0) return null;
  const labels = periodLabels(points);
  const most = Math.max(1, ...points.map((point) => point.accepted));
  const slot = WIDTH / points.length;
  const spots = points.map((point, index) =>
    point.settlementRate === undefined
      ? undefined
      : { x: slot * (index + 0.5), y: (point.settlementRate / 100) * HEIGHT },
  );
  return (
    <View className="section trend" aria-label="历次公示趋势">
      <View className="section-title">历次公示趋势</View>
      <View className="chart-legend muted" aria-hidden>
        <Text className="chart-legend__swatch is-accepted" />
        <Text>受理件数</Text>
        <Text className="chart-legend__swatch is-line" />
        <Text>调解成功率</Text>
      </View>
      <View className="trend__plot" aria-hidden>
        {points.map((point, index) => (
          <View
            key={point.batchId}
            className="trend__column"
            style={{
              left: across(slot * index + slot * 0.25),
              width: across(slot * 0.5),
              height: up((point.accepted / most) * HEIGHT),
            }}
          />
        ))}
        {spots.map((spot, index) => {
          const next = spots[index + 1];
          return spot && next ? <Segment key={index} from={spot} to={next} /> : null;
        })}
        {spots.map((spot, index) =>
          spot ? (
            <View
              key={points[index].batchId}
              className="trend__dot"
              style={{ left: across(spot.x), bottom: up(spot.y) }}
            />
          ) : null,
        )}
      </View>
      <View className="trend__axis" aria-hidden>
        {points.map((point, index) => (
          <Text key={point.batchId} className="trend__tick">
            {labels[index]}
          </Text>
        ))}
      </View>
      <View className="trend__table" role="table" aria-label="趋势数据">
        <View className="trend__row is-head" role="row">
          <View role="columnheader">批次</View>
          <View role="columnheader">受理</View>
          <View role="columnheader">成功率</View>
        </View>
        {points.map((point) => (
          <View key={point.batchId} className="trend__row" role="row">
            <View role="cell">{point.title}</View>
            <View role="cell">{point.accepted}</View>
            <View role="cell">{rateLabel(point)}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
