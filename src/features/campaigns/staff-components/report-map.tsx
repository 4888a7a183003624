import { Text, View } from '@tarojs/components';
import { WeappMap } from '@/components/weapp-map';
import type { CampaignReportPoint } from '@api/campaigns';
import { REPORT_STATUS_LABELS } from '@/domain/report-vocabulary';
import './report-map.scss';

/** Open reports red, the rest grey: where enforcement is still owed stands out. */
const isOpen = (point: CampaignReportPoint) =>
  point.status === 'received' || point.status === 'case-opened';

interface Box {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

function boxOf(points: CampaignReportPoint[]): Box {
  const lats = points.map((point) => point.latitude);
  const lngs = points.map((point) => point.longitude);
  return {
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
    minLng: Math.min(...lngs),
    maxLng: Math.max(...lngs),
  };
}

/**
 * A point's place in the box, in percent from the left and the top (north up); 10% margins so a
 * dot at the edge (larger in 大字模式) stays whole inside the box.
 */
export function plotPosition(point: CampaignReportPoint, box: Box) {
  const span = (value: number, min: number, max: number) =>
    max === min ? 0.5 : (value - min) / (max - min);
  return {
    left: 10 + 80 * span(point.longitude, box.minLng, box.maxLng),
    top: 10 + 80 * (1 - span(point.latitude, box.minLat, box.maxLat)),
  };
}

/** The mini-program's map with a marker per report, framed to show them all. */
function MarkerMap({ points }: { points: CampaignReportPoint[] }) {
  const box = boxOf(points);
  return (
    <WeappMap
      className="report-map__map"
      latitude={(box.minLat + box.maxLat) / 2}
      longitude={(box.minLng + box.maxLng) / 2}
      includePoints={points.map(({ latitude, longitude }) => ({ latitude, longitude }))}
      markers={points.map((point, index) => ({
        id: index,
        latitude: point.latitude,
        longitude: point.longitude,
        title: `${point.reportNo} ${point.place}`,
        iconPath: '',
        callout: {
          content: `${point.reportNo}\n${point.place}`,
          color: '#1d2129',
          fontSize: 12,
          borderRadius: 4,
          bgColor: '#ffffff',
          padding: 6,
          display: 'BYCLICK',
          textAlign: 'left',
          anchorX: 0,
          anchorY: 0,
          borderWidth: 0,
          borderColor: '#ffffff',
        },
      }))}
      onError={() => undefined}
    />
  );
}

/** Elsewhere (the browser): the points scaled into a box, numbered like the list under it. */
function PointPlot({ points }: { points: CampaignReportPoint[] }) {
  const box = boxOf(points);
  return (
    <View className="report-map__plot" role="img" aria-label={`${points.length}处举报地点分布`}>
      {points.map((point, index) => {
        const { left, top } = plotPosition(point, box);
        return (
          <View
            key={point.reportId}
            className={`report-map__dot ${isOpen(point) ? 'is-open' : ''}`}
            style={{ left: `${left}%`, top: `${top}%` }}
          >
            {index + 1}
          </View>
        );
      })}
    </View>
  );
}

/** 举报地点: the reports that gave a location, on a map (weapp) or a plot, and as a list. */
export function ReportMap({ points }: { points: CampaignReportPoint[] }) {
  if (points.length === 0) {
    return <Text className="muted">暂无带位置的举报</Text>;
  }
  return (
    <View className="report-map">
      {process.env.TARO_ENV === 'weapp' ? (
        <MarkerMap points={points} />
      ) : (
        <PointPlot points={points} />
      )}
      <View className="report-map__legend muted">
        <View className="report-map__dot report-map__dot--legend is-open" />
        <Text>待核查、已立案</Text>
        <View className="report-map__dot report-map__dot--legend" />
        <Text>其他</Text>
        <Text className="report-map__north">上方为北</Text>
      </View>
      <View className="report-map__list">
        {points.map((point, index) => (
          <View key={point.reportId} className="report-map__row">
            <Text className="report-map__index">{index + 1}</Text>
            <View className="report-map__place">
              <Text>{point.place}</Text>
              <Text className="muted">
                {point.reportNo} · {REPORT_STATUS_LABELS[point.status]}
                {point.town ? ` · ${point.town}` : ''}
              </Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
