import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { WeappMap } from '@/components/weapp-map';
import { Cell } from '@nutui/nutui-react-taro';
import type { ReportLocation, StaffReportDetail } from '@api/reports';
import { PrivatePhotos } from '@/components/private-photos';
import { merchantRoutes } from '@/features/merchants';
import { formatDay } from './staff-labels';
import './report-facts.scss';

/** The point the reporter picked: a map with one marker on weapp, the coordinates on H5. */
function PlacePoint({ location }: { location: ReportLocation }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <WeappMap
        className="report-facts__map"
        latitude={location.latitude}
        longitude={location.longitude}
        scale={16}
        markers={[
          {
            id: 1,
            latitude: location.latitude,
            longitude: location.longitude,
            title: location.name ?? '举报地点',
            width: 30,
            height: 40,
            iconPath: '',
          },
        ]}
        onError={() => undefined}
      />
    );
  }
  return (
    <Text className="muted report-facts__point" aria-label="地图位置">
      {location.name ? `${location.name}，` : ''}纬度 {location.latitude.toFixed(5)}，经度{' '}
      {location.longitude.toFixed(5)}
    </Text>
  );
}

/** 被举报的经营者 and what was seen: when, where, the text and the photos. */
export function ReportFacts({ report }: { report: StaffReportDetail }) {
  const merchantId = report.merchantId;
  return (
    <>
      <View className="section report-facts">
        <View className="section-title">被举报经营者</View>
        <Cell
          className={merchantId ? 'tap-target' : undefined}
          title={report.businessName}
          description={report.businessAddress}
          extra={merchantId ? '查看商家' : '未在名录中'}
          clickable={Boolean(merchantId)}
          onClick={() =>
            merchantId && void Taro.navigateTo({ url: merchantRoutes.detail(merchantId) })
          }
        />
        {(report.town || report.campaignName) && (
          <Text className="muted">
            {[report.town, report.campaignName && `专项整治：${report.campaignName}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </View>

      <View className="section report-facts">
        <View className="section-title">举报内容</View>
        {report.contentFlagged && (
          <View className="report-facts__flag" role="note">
            内容安全检测提示可能含有不当信息，请核实后再作为依据。
          </View>
        )}
        <Text className="report-facts__text">{report.description}</Text>
        <Text>
          发现时间：{formatDay(report.seenOn)}
          {report.seenTime ? ` ${report.seenTime}` : ''}
        </Text>
        <Text>发现地点：{report.place}</Text>
        {report.location && <PlacePoint location={report.location} />}
        <Text className="report-facts__subtitle">照片（{report.photos.length}）</Text>
        {report.photos.length === 0 ? (
          <Text className="muted">（未上传）</Text>
        ) : (
          <PrivatePhotos
            photos={report.photos}
            className="report-facts__photos"
            photoClassName="report-facts__photo"
            label="举报照片"
          />
        )}
      </View>
    </>
  );
}
