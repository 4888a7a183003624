import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ReportCreated } from '@api/reports';
import { LinkButton } from '@/components/link-button';
import { reportRoutes } from '../../routes';
import { formatDay } from '../../components/report-progress-view';

const copy = (data: string) =>
  void Promise.resolve(Taro.setClipboardData({ data })).catch(() => undefined);

function Copyable({ label, text, big }: { label: string; text: string; big?: boolean }) {
  return (
    <View className="new-report__copyable">
      <Text className="muted">{label}</Text>
      <Text className={`new-report__code ${big ? 'is-big' : ''}`} selectable>
        {text}
      </Text>
      <Button size="small" fill="outline" aria-label={`复制${label}`} onClick={() => copy(text)}>
        复制
      </Button>
    </View>
  );
}

/**
 * After 提交: the number and the one-time code (the server keeps only its hash), the decision
 * date, and the way to check progress — with the number only; the code never goes in a URL.
 */
export function Submitted({ created, realName }: { created: ReportCreated; realName: boolean }) {
  return (
    <View className="section new-report__result" role="status">
      <View className="new-report__result-icon">✓</View>
      <Text className="new-report__result-title">举报已提交</Text>
      <Copyable label="举报编号" text={created.reportNo} />
      <Copyable label="查询码" text={created.code} big />
      <Text className="new-report__warning">查询码只显示这一次，请截图或抄下</Text>
      <Text className="new-report__result-text">
        市场监管部门将于 {formatDay(created.decideBy)}（含）前决定是否立案
      </Text>
      <Text className="muted">
        {realName
          ? '作出决定后会在「我的 → 消息」告诉您，也可在「我的 → 我的举报」查看。'
          : '凭举报编号和查询码，可随时在「我的 → 举报进度查询」查看进度。'}
      </Text>
      <View className="new-report__result-actions">
        <LinkButton
          type="primary"
          block
          url={`${reportRoutes.progress}?reportNo=${encodeURIComponent(created.reportNo)}`}
        >
          查询进度
        </LinkButton>
        <Button block onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}
