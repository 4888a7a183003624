import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useRouter } from '@tarojs/taro';
import type { MediationAgreement } from '@api/complaints';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { gatedPage } from '@/components/access-gate';
import { complaintsApi } from '../../api';
import { formatDate } from '../../labels';
import './index.scss';

const h5 = process.env.TARO_ENV === 'h5';

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View className="agreement__row">
      <Text className="agreement__label">{label}</Text>
      <Text className="agreement__value">{children}</Text>
    </View>
  );
}

function Document({ doc }: { doc: MediationAgreement }) {
  return (
    <View className="agreement__paper" aria-label="调解书">
      <Text className="agreement__title">调解书</Text>
      <Text className="agreement__no">投诉编号 {doc.trackingNo}</Text>
      <Row label="投诉人">{`${doc.complainant.name}（电话 ${doc.complainant.phone}）`}</Row>
      <Row label="被投诉人">{`${doc.merchant.name}（${doc.merchant.address}）`}</Row>
      <Row label="调解协议">{doc.agreement}</Row>
      <Row label="涉及金额">{`${doc.amountRecovered.toFixed(2)} 元`}</Row>
      <Row label="调解单位">{doc.unit}</Row>
      <Row label="调解日期">{formatDate(doc.date)}</Row>
      <View className="agreement__signs">
        <Text>投诉人（签字）：</Text>
        <Text>被投诉人（签字或盖章）：</Text>
        <Text>调解单位（印章）：</Text>
      </View>
      <Text className="agreement__basis">
        《市场监督管理投诉举报处理暂行办法》第二十二条：调解书由投诉人和被投诉人双方签字或者盖章，并加盖市场监督管理部门印章。本页是调解协议的电子记录，可打印后签章；正式文本以签章的调解书为准。
      </Text>
    </View>
  );
}

function Agreement() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote<MediationAgreement>(async () => {
    if (!id) throw new ApiError(404, 'COMPLAINT_NOT_FOUND', '投诉不存在');
    return complaintsApi.agreement(id);
  });
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={8}>
      {(doc) => (
        <>
          <Document doc={doc} />
          <View className="agreement__tools">
            {h5 ? (
              <Button type="primary" block onClick={() => window.print()}>
                打印调解书
              </Button>
            ) : (
              <Text className="muted">
                可截屏保存本调解书；如需盖章纸质文本，请向调解单位索取。
              </Text>
            )}
          </View>
        </>
      )}
    </LoadState>
  );
}

/** 第二十二条: the 调解书 of a settled mediation, for both parties and staff to read and print. */
export default gatedPage('agreement', { signInReason: '登录后可查看调解书。' }, Agreement);
