import { useRouter } from '@tarojs/taro';
import { gatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { reportsApi } from '../../api';
import { ReportProgressView } from '../../components/report-progress-view';

function Detail() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => reportsApi.get(id));
  return (
    <LoadState
      data={remote.data}
      error={remote.error}
      loading={remote.loading}
      onRetry={() => void remote.reload()}
    >
      {(progress) => <ReportProgressView progress={progress} />}
    </LoadState>
  );
}

/** One of my real-name reports: the same view as 举报进度查询, by id (from 我的举报 or 消息). */
export default gatedPage('report-detail', { signInReason: '登录后可查看您的实名举报。' }, Detail);
