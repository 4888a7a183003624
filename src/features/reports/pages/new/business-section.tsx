import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { FormField, TextField } from '@/components/form-field';
import { OptionPicker } from '@/components/option-picker';
import { TapCells } from '@/components/tap-cells';
import { useRegistrySearch } from '@/features/merchants';
import type { NewReportForm } from './use-new-report';

function Search({ form }: { form: NewReportForm }) {
  const [query, setQuery] = useState('');
  const { results, failed } = useRegistrySearch(query);
  return (
    <FormField label="搜索商家" required error={form.errors.business}>
      <Input
        name="businessQuery"
        value={query}
        placeholder="输入商家名称、地址或信用代码"
        maxLength={50}
        onChange={setQuery}
      />
      {failed && <Text className="muted">搜索失败，请检查网络后重试，或手动填写</Text>}
      {results && results.length === 0 && (
        <Text className="muted">没有找到“{query.trim()}”，可以换个关键词，或手动填写</Text>
      )}
      {results && results.length > 0 && (
        <View className="new-report__results" aria-label="搜索结果">
          <TapCells
            items={results.map((merchant) => ({
              key: merchant.id,
              title: merchant.name,
              description: merchant.address,
              onTap: () => {
                form.pickMerchant(merchant);
                setQuery('');
              },
            }))}
          />
        </View>
      )}
    </FormField>
  );
}

/** 1 举报对象: a registered business, or a name and address typed; and its 镇/街道. */
export function BusinessSection({ form }: { form: NewReportForm }) {
  const { value, errors } = form;
  return (
    <View className="section">
      <View className="section-title">1 举报对象</View>
      {value.typed ? (
        <>
          <TextField
            form={form}
            name="businessName"
            label="商家名称"
            required
            placeholder="招牌或营业执照上的名称"
            maxLength={60}
          />
          <TextField
            form={form}
            name="businessAddress"
            label="商家地址"
            required
            placeholder="如 城关镇人民路12号"
            maxLength={100}
          />
          <View className="new-report__link" onClick={() => form.typeBusiness(false)}>
            返回搜索已登记的商家 ›
          </View>
        </>
      ) : value.merchantId ? (
        <View className="new-report__chosen" role="status">
          <View className="new-report__chosen-text">
            <Text className="new-report__chosen-name">{value.businessName}</Text>
            <Text className="muted">{value.businessAddress}</Text>
          </View>
          <Button size="small" fill="outline" onClick={form.clearMerchant}>
            更换
          </Button>
        </View>
      ) : (
        <>
          <Search form={form} />
          <View className="new-report__link" onClick={() => form.typeBusiness(true)}>
            找不到这家店？手动填写名称和地址 ›
          </View>
        </>
      )}
      {form.towns.length > 0 && (
        <FormField label="所在镇/街道" error={errors.town} hint="选填，方便转给当地监管所">
          <OptionPicker
            title="所在镇/街道"
            options={form.towns}
            value={value.town}
            placeholder="请选择镇/街道"
            onChange={(town) => form.change({ town })}
          />
        </FormField>
      )}
    </View>
  );
}
