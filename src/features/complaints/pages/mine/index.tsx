import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { SignInGate } from '@/features/merchants/components/access-gate';
import { ComplaintList } from '../../components/complaint-list';
import { NEW_URL } from '../../labels';
import { useComplaintList } from '../../use-complaint-list';

function Mine() {
  const list = useComplaintList({ scope: 'mine' });
  return (
    <>
      <ComplaintList
        list={list}
        empty={{
          title: '还没有投诉',
          description: '遇到消费纠纷，可以在这里向市场监管部门投诉',
          action: (
            <Button type="primary" onClick={() => void Taro.navigateTo({ url: NEW_URL })}>
              我要投诉
            </Button>
          ),
        }}
      />
      {list.items && list.items.length > 0 && (
        <View className="complaints-page__new">
          <Button block fill="outline" onClick={() => void Taro.navigateTo({ url: NEW_URL })}>
            我要投诉
          </Button>
        </View>
      )}
    </>
  );
}

/** 我的投诉: the complaints I filed, newest first; tap one to follow it. */
export default function MyComplaintsPage() {
  return (
    <PageShell className="complaints-page">
      <SignInGate reason="登录后可查看您提交的投诉和办理进度。">
        <Mine />
      </SignInGate>
    </PageShell>
  );
}
