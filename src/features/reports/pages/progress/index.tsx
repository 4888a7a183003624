import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { PageShell } from '@/components/page-shell';
import { SubmitButton } from '@/components/submit-bar';
import { ReportProgressView } from '../../components/report-progress-view';
import { useProgressQuery } from './use-progress-query';
import './index.scss';

/** 举报进度查询: anyone, with the report number and the code shown at submission. */
export default function ReportProgressPage() {
  const page = useProgressQuery();
  return (
    <PageShell className="report-progress-page">
      <View className="section">
        <FormField label="举报编号" required error={page.errors.reportNo}>
          <Input
            name="reportNo"
            value={page.reportNo}
            placeholder="如 JB20270315-0012"
            maxLength={20}
            onChange={page.setReportNo}
          />
        </FormField>
        <FormField
          label="查询码"
          required
          error={page.errors.code}
          hint="提交举报时显示的8位查询码，不区分大小写"
        >
          <Input
            name="code"
            value={page.code}
            placeholder="如 ABCD-EFGH"
            maxLength={9}
            onChange={page.setCode}
          />
        </FormField>
        {page.failure && (
          <View className="report-progress-page__failure" role="alert">
            {page.failure}
          </View>
        )}
        <SubmitButton busy={page.busy} onSubmit={page.query}>
          查询
        </SubmitButton>
        <Text className="muted report-progress-page__note">
          实名举报也可登录后在「我的 → 我的举报」查看。
        </Text>
      </View>
      {page.progress && <ReportProgressView progress={page.progress} />}
    </PageShell>
  );
}
