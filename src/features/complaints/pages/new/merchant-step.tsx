import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { FormField, TextField } from '@/components/form-field';
import { TapCells } from '@/components/tap-cells';
import { useRegistrySearch } from '@/features/merchants';
import type { NewComplaintForm } from './use-new-complaint';

function Chosen({ form }: { form: NewComplaintForm }) {
  const { value } = form;
  return (
    <View className="new-complaint__chosen" role="status">
      <View className="new-complaint__chosen-text">
        <Text className="new-complaint__chosen-name">{value.merchantName}</Text>
        <Text className="muted">{value.merchantAddress}</Text>
      </View>
      <Button size="small" fill="outline" onClick={form.clearMerchant}>
        更换
      </Button>
    </View>
  );
}

function Unregistered({ form }: { form: NewComplaintForm }) {
  return (
    <>
      <TextField
        form={form}
        name="merchantName"
        label="商家名称"
        required
        placeholder="招牌或营业执照上的名称"
        maxLength={60}
      />
      <TextField
        form={form}
        name="merchantAddress"
        label="商家地址"
        required
        placeholder="如 城关镇人民路12号"
        maxLength={120}
      />
      <View className="new-complaint__link" onClick={() => form.typeMerchant(false)}>
        返回搜索已登记的商家 ›
      </View>
    </>
  );
}

/** Step 1 商家: search the registry, scan the shop's code, or type a business not registered. */
export function MerchantStep({ form }: { form: NewComplaintForm }) {
  const [query, setQuery] = useState('');
  const { results, failed } = useRegistrySearch(query);
  const { value, errors } = form;

  if (value.unregistered) {
    return (
      <View className="section">
        <View className="section-title">被投诉的商家</View>
        <Text className="muted">该商家未在平台登记，请填写名称和地址，方便工作人员找到它。</Text>
        <Unregistered form={form} />
      </View>
    );
  }

  return (
    <View className="section">
      <View className="section-title">被投诉的商家</View>
      {value.merchantId ? (
        <Chosen form={form} />
      ) : (
        <FormField label="搜索商家" required error={errors.merchant}>
          <View className="new-complaint__search">
            <Input
              name="merchantQuery"
              value={query}
              placeholder="输入商家名称、地址或信用代码"
              maxLength={50}
              onChange={setQuery}
            />
            <Button
              size="small"
              type="primary"
              fill="outline"
              loading={form.looking}
              onClick={() => void form.scan()}
            >
              扫一扫
            </Button>
          </View>
          {failed && <Text className="muted">搜索失败，请检查网络后继续输入或重试</Text>}
          {results && results.length === 0 && (
            <Text className="muted">没有找到“{query.trim()}”，可以换个关键词，或手动填写</Text>
          )}
          {results && results.length > 0 && (
            <View className="new-complaint__results" aria-label="搜索结果">
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
      )}
      {!value.merchantId && (
        <View className="new-complaint__link" onClick={() => form.typeMerchant(true)}>
          找不到这家店？手动填写名称和地址 ›
        </View>
      )}
    </View>
  );
}
