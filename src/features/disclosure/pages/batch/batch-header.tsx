import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { PublicBatch } from '@api/disclosure';
import { BatchStatusTag } from '../../components/batch-card';
import { day, periodLabel } from '../../components/disclosure-labels';
import { disclosureRoutes } from '../../routes';

const open = (id: string) => () => void Taro.redirectTo({ url: disclosureRoutes.batch(id) });

/** Why this version is not the current one: corrected (with the way on) or withdrawn. */
function StatusBanner({ batch }: { batch: PublicBatch }) {
  if (batch.status === 'withdrawn') {
    return (
      <View className="disclosure-banner is-withdrawn" role="alert">
        <Text className="disclosure-banner__title">
          该批次已于{batch.withdrawnAt ? day(batch.withdrawnAt) : ''}撤回，数据不再公示
        </Text>
        {batch.withdrawnReason && <Text>撤回原因：{batch.withdrawnReason}</Text>}
      </View>
    );
  }
  if (batch.status === 'superseded') {
    return (
      <View className="disclosure-banner is-superseded" role="alert">
        <Text className="disclosure-banner__title">此版本已更正，以最新版本为准</Text>
        {batch.supersededBy && (
          <View
            className="disclosure-banner__link tap-target"
            role="link"
            onClick={open(batch.supersededBy)}
          >
            查看最新版本 ›
          </View>
        )}
      </View>
    );
  }
  return null;
}

/** Title, period, issuer, version and date; the correction note and every published version. */
export function BatchHeader({ batch, preview }: { batch: PublicBatch; preview: boolean }) {
  return (
    <>
      <StatusBanner batch={batch} />
      <View className="section disclosure-batch__head">
        <View className="disclosure-batch__title-row">
          <BatchStatusTag status={batch.status} />
          <Text className="disclosure-batch__title">{batch.title}</Text>
        </View>
        <Text className="muted">投诉提交时间：{periodLabel(batch)}</Text>
        {batch.kind === 'period' && (
          <Text className="muted">另含此前各期公示时尚未办结、现已办结的投诉</Text>
        )}
        <Text className="muted">
          {batch.issuer} · 第{batch.version}版 ·{' '}
          {preview ? '尚未发布' : `${day(batch.publishedAt)}发布`}
        </Text>
        {batch.changeNote && (
          <Text className="disclosure-batch__change">更正说明：{batch.changeNote}</Text>
        )}
        {batch.versions.length > 1 && (
          <View className="disclosure-batch__versions" aria-label="历次版本">
            {batch.versions.map((version) =>
              version.id === batch.id ? (
                <Text key={version.id} className="disclosure-batch__version is-current">
                  第{version.version}版（本页）
                </Text>
              ) : (
                <View
                  key={version.id}
                  className="disclosure-batch__version tap-target"
                  role="link"
                  onClick={open(version.id)}
                >
                  第{version.version}版 · {day(version.publishedAt)}
                </View>
              ),
            )}
          </View>
        )}
      </View>
    </>
  );
}
