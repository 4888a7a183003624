import { View, Text } from '@tarojs/components';
import { FormNotice } from '@/components/form-notice';
import { PageShell } from '@/components/page-shell';
import { SubmitButton } from '@/components/submit-bar';
import { reportRoutes } from '../../routes';
import { BusinessSection } from './business-section';
import { ContentSection } from './content-section';
import { NotAComplaint, ReporterSection } from './reporter-section';
import { Submitted } from './result';
import { useNewReport } from './use-new-report';
import './index.scss';

/** 我要举报: anyone, signed in or not; saved as a draft on every change. */
export default function NewReportPage() {
  const form = useNewReport();
  return (
    <PageShell className="new-report">
      {form.result ? (
        <Submitted created={form.result} realName={form.result.realName} />
      ) : (
        <>
          <NotAComplaint />
          <BusinessSection form={form} />
          <ContentSection form={form} />
          <ReporterSection form={form} />
          <FormNotice
            notice={form.notice}
            mine={{ label: '举报进度查询', url: reportRoutes.progress }}
          />
          <View className="new-report__submit">
            <SubmitButton busy={form.sending} onSubmit={form.submit}>
              {form.sending ? '正在提交…' : '提交举报'}
            </SubmitButton>
          </View>
          <Text className="muted new-report__saved">
            填写的内容会自动保存在本机，网络不好或退出后再进来也不会丢失。
          </Text>
        </>
      )}
    </PageShell>
  );
}
