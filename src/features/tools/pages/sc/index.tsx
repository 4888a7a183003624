import { useState } from 'react';
import { SC_CHECK_NOTE, validateScLicence, type ScParts, type ScResult } from '@/domain/sc-licence';
import { PageShell } from '@/components/page-shell';
import type { CheckStatusValue } from '../../components/check-status';
import { CodeCheck, ToolNotice } from '../../components/code-check';
import { PartsList, type Part } from '../../components/parts-list';
import { scPlaceNames } from '../../division-names';
import '../../tools.scss';

function statusOf(input: string, result: ScResult): CheckStatusValue {
  if (result.ok) return { state: 'valid', label: '格式正确', detail: '校验位未验证（算法未公开）' };
  const typed = input.trim().toUpperCase();
  if (result.reason === 'empty') return { state: 'empty' };
  // "S" on its way to "SC", or too few digits yet: say what is missing, not that it is wrong.
  if (result.reason === 'length' || (result.reason === 'prefix' && 'SC'.startsWith(typed))) {
    return { state: 'typing', message: result.message };
  }
  return { state: 'invalid', message: result.message };
}

function partsOf(parts: ScParts): Part[] {
  const place = scPlaceNames(parts.province, parts.city, parts.county);
  return [
    {
      label: '食品类别',
      value: parts.category,
      meaning: `首位${parts.category[0]}：${parts.categoryKind}`,
    },
    {
      label: '省份',
      value: parts.province,
      meaning: parts.provinceName ?? '不在省级行政区划代码表中',
    },
    { label: '市', value: parts.city, meaning: place.city },
    { label: '县', value: parts.county, meaning: place.county },
    { label: '顺序码', value: parts.sequence, meaning: '发证机关编的顺序号' },
    { label: '校验码', value: parts.checkDigit, meaning: '计算方法未公开，未验证' },
  ];
}

/** SC编号校验: the parts of a food production licence number (SC + 14 digits). */
export default function ScPage() {
  const [code, setCode] = useState('');
  const result = validateScLicence(code);

  return (
    <PageShell className="tool">
      <CodeCheck
        title="食品生产许可证编号"
        name="sc"
        value={code}
        placeholder="如 SC10652032200123（SC加14位数字）"
        maxLength={16}
        status={statusOf(code, result)}
        onChange={(text) => setCode(text.toUpperCase())}
      />

      {result.ok && <PartsList title="编号各段" parts={partsOf(result.parts)} />}

      <ToolNotice lines={[SC_CHECK_NOTE]} />
    </PageShell>
  );
}
