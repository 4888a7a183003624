import { useState } from 'react';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { BARCODE_NOTICE, validateBarcode, type BarcodeResult } from '@/domain/barcode';
import { PageShell } from '@/components/page-shell';
import { scanCode } from '@/services/device';
import type { CheckStatusValue } from '../../components/check-status';
import { CodeCheck, ToolNotice } from '../../components/code-check';
import '../../tools.scss';

const NEXT_STEP =
  '下一步：在微信中搜索“中国物品编码中心”或“条码追溯”，用官方渠道输入条码查询注册信息。';

function statusOf(result: BarcodeResult): CheckStatusValue {
  if (result.ok) return { state: 'valid', label: '校验通过', detail: result.kind };
  if (result.reason === 'empty') return { state: 'empty' };
  if (result.reason === 'length') return { state: 'typing', message: result.message };
  return {
    state: 'invalid',
    message: result.kind ? `${result.kind}：${result.message}` : result.message,
  };
}

function Issuer({ result }: { result: Extract<BarcodeResult, { ok: true }> }) {
  if (result.kind === 'EAN-8') {
    return <Cell title="前缀" description="EAN-8 的前缀单独分配，本工具不对照" />;
  }
  const prefix = result.code.slice(0, 3);
  return (
    <Cell
      title={`前缀 ${prefix}`}
      description={
        result.issuer
          ? `分配该厂商识别代码的编码组织：${result.issuer.name}`
          : '该前缀不在本工具的对照表中（不代表未分配）'
      }
    />
  );
}

/** 条码查询: is the number under a barcode well-formed, and who issued its prefix. */
export default function BarcodePage() {
  const [code, setCode] = useState('');
  const result = validateBarcode(code);

  const scanBarcode = async () => {
    const scanned = await scanCode('可直接输入条码数字', ['barCode']);
    if (scanned?.result) setCode(scanned.result.trim());
  };

  return (
    <PageShell className="tool">
      <CodeCheck
        title="商品条码"
        name="barcode"
        type="number"
        value={code}
        placeholder="输入条码下方的13位或8位数字"
        maxLength={20}
        status={statusOf(result)}
        onChange={setCode}
        onScan={() => void scanBarcode()}
      />

      {result.ok && (
        <View className="section">
          <Issuer result={result} />
        </View>
      )}

      <ToolNotice lines={[BARCODE_NOTICE, NEXT_STEP]} />
    </PageShell>
  );
}
