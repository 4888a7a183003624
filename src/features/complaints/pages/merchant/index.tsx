import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { ComplaintStatus } from '@api/complaints';
import { gatedPage } from '@/components/access-gate';
import { ComplaintList } from '../../components/complaint-list';
import { StatusFilter } from '../../components/status-filter';
import { useComplaintList } from '../../use-complaint-list';

function Received() {
  const [status, setStatus] = useState<ComplaintStatus>();
  const list = useComplaintList({ scope: 'merchant', status });
  return (
    <>
      <View className="section">
        <Text className="muted">
          消费者对您店铺的投诉。自提交起10个工作日内，您可以直接回复并提出和解方案；投诉人的个人信息（含描述中的电话、证件号、住址、车牌）已部分隐去。
        </Text>
        <StatusFilter value={status} onChange={setStatus} />
      </View>
      <ComplaintList
        list={list}
        showDeadline
        empty={{ title: '没有收到投诉', description: '消费者对您店铺的投诉会出现在这里' }}
      />
    </>
  );
}

/** 收到的投诉 (merchant): complaints about my business, with their status. */
export default gatedPage('complaints-page', { signInReason: '请先登录商家账号。' }, Received);
