import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  validateCreditCode,
  type CreditCodeParts,
  type CreditCodeResult,
} from '@/domain/credit-code';
import { PageShell } from '@/components/page-shell';
import { BadgeTags, openMerchant, scanTarget } from '@/features/merchants';
import { scanCode } from '@/services/device';
import type { CheckStatusValue } from '../../components/check-status';
import { CodeCheck } from '../../components/code-check';
import { PartsList, type Part } from '../../components/parts-list';
import { useRegistryLookup, type RegistryLookup } from '../../hooks/use-registry-lookup';
import { registeredAt } from '../../division-names';
import '../../tools.scss';

function statusOf(input: string, result: CreditCodeResult): CheckStatusValue {
  if (result.ok) return { state: 'valid', label: '校验通过', detail: '格式和校验位正确' };
  if (result.reason === 'empty') return { state: 'empty' };
  // Shorter than 18 while typing: a count, not an error. Longer is an error.
  if (result.reason === 'length' && input.trim().length < 18) {
    return { state: 'typing', message: result.message };
  }
  return { state: 'invalid', message: result.message };
}

function partsOf(parts: CreditCodeParts): Part[] {
  return [
    {
      label: '登记管理部门',
      value: parts.registrationAuthority.code,
      meaning: parts.registrationAuthority.name,
    },
    { label: '机构类别', value: parts.entityType.code, meaning: parts.entityType.name },
    {
      label: '行政区划码',
      value: parts.areaCode,
      meaning: registeredAt(parts.areaCode),
    },
    { label: '组织机构代码', value: parts.organizationCode, meaning: '第9–17位，主体标识码' },
    { label: '校验码', value: parts.checkChar, meaning: '按GB 32100-2015计算，已核对' },
  ];
}

function Registry({ lookup }: { lookup: RegistryLookup }) {
  if (lookup.state === 'idle') return null;
  return (
    <View className="section" aria-label="平台登记">
      <View className="section-title">本平台登记情况</View>
      {lookup.state === 'loading' && <Text className="muted">正在查询…</Text>}
      {lookup.state === 'failed' && (
        <Text className="muted">暂时无法查询平台登记信息，以上校验结果不受影响。</Text>
      )}
      {lookup.state === 'not-found' && (
        <View className="tool__registry">
          <Text className="tool__notice">本平台未登记该商家</Text>
          <Text className="tool__notice muted">
            未在本平台登记不代表经营不合法；是否依法登记，请以市场监管部门公示的信息为准。
          </Text>
        </View>
      )}
      {lookup.state === 'found' && (
        <View className="tool__registry">
          <View className="tool__registry-name">{lookup.merchant.name}</View>
          <Text className="muted">{lookup.merchant.address}</Text>
          <BadgeTags badges={lookup.merchant.badges} />
          <Button
            type="primary"
            fill="outline"
            onClick={() => void openMerchant(lookup.merchant.id)}
          >
            查看商家信息
          </Button>
        </View>
      )}
    </View>
  );
}

/** 信用代码校验: check a 统一社会信用代码 offline, then see whether we know the business. */
export default function CreditCodePage() {
  const [code, setCode] = useState('');
  const result = validateCreditCode(code);
  const lookup = useRegistryLookup(result.ok ? result.code : undefined);

  const scanLicence = async () => {
    const scanned = await scanCode('可直接输入统一社会信用代码', ['qrCode', 'barCode']);
    if (!scanned) return;
    const target = scanTarget(scanned);
    if (target.kind === 'credit-code') setCode(target.code);
    else if (target.kind === 'merchant') void openMerchant(target.id);
    else void Taro.showToast({ title: '未识别出统一社会信用代码', icon: 'none' });
  };

  return (
    <PageShell className="tool">
      <CodeCheck
        title="统一社会信用代码"
        name="creditCode"
        value={code}
        placeholder="营业执照上的18位代码"
        maxLength={18}
        status={statusOf(code, result)}
        onChange={(text) => setCode(text.toUpperCase())}
        onScan={() => void scanLicence()}
      />

      {result.ok && <PartsList title="代码各段" parts={partsOf(result.parts)} />}
      <Registry lookup={lookup} />
    </PageShell>
  );
}
