import { View } from '@tarojs/components';
import { LinkButton } from '@/components/link-button';
import { gatedPage } from '@/components/access-gate';
import { ComplaintList } from '../../components/complaint-list';
import { complaintRoutes } from '../../routes';
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
            <LinkButton type="primary" url={complaintRoutes.new()}>
              我要投诉
            </LinkButton>
          ),
        }}
      />
      {list.items && list.items.length > 0 && (
        <View className="complaints-page__new">
          <LinkButton block fill="outline" url={complaintRoutes.new()}>
            我要投诉
          </LinkButton>
        </View>
      )}
    </>
  );
}

/** 我的投诉: the complaints I filed, newest first; tap one to follow it. */
export default gatedPage(
  'complaints-page',
  { signInReason: '登录后可查看您提交的投诉和办理进度。' },
  Mine,
);
