import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { merchantRoutes } from '@/features/merchants';
import { ApplicationCard } from '../../components/application-card';
import { useApplications } from './use-applications';
import './index.scss';

function Applications() {
  const applications = useApplications();
  return (
    <PagedListView
      list={applications}
      empty={
        <View className="applications__empty">
          <EmptyState
            title="还没有示范单位申请"
            description="商家核验通过后，可在「我的商家」中申请放心消费示范单位"
          />
          <Button type="primary" onClick={() => void Taro.redirectTo({ url: merchantRoutes.mine })}>
            去我的商家
          </Button>
        </View>
      }
    >
      {(items) =>
        items.map((application) => (
          <ApplicationCard key={application.id} application={application} />
        ))
      }
    </PagedListView>
  );
}

/** 我的申请: where each model-unit application stands. */
export default gatedPage(
  'applications',
  { signInReason: '登录后查看你的示范单位申请。' },
  Applications,
);
