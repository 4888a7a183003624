import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Checkbox, Radio, TextArea } from '@nutui/nutui-react-taro';
import { LinkButton } from '@/components/link-button';
import { LoadState } from '@/components/load-state';
import { GatedPage } from '@/components/access-gate';
import { FormField } from '@/components/form-field';
import { SubmitBar } from '@/components/submit-bar';
import { PhotoGrid } from '@/components/photo-grid';
import { MAX_NOTE, MAX_PHOTOS } from '../../apply-rules';
import { merchantRoutes } from '@/features/merchants';
import { modelUnitRoutes } from '../../routes';
import { useApply } from './use-apply';
import './index.scss';

function NotAllowed() {
  return (
    <View className="section apply__blocked" role="alert">
      <View className="section-title">暂不能申请</View>
      <Text className="muted">
        只有核验通过的商家才能申请放心消费示范单位。请在「我的商家」中选择已通过的商家。
      </Text>
      <LinkButton type="primary" url={merchantRoutes.mine} replace>
        去我的商家
      </LinkButton>
    </View>
  );
}

/** This year's title granted or revoked, or an application waiting: said instead of the form. */
function Blocked({ message }: { message: string }) {
  return (
    <View className="section apply__blocked" role="alert">
      <View className="section-title">暂不能申请</View>
      <Text className="muted">{message}</Text>
      <LinkButton type="primary" url={modelUnitRoutes.applications} replace>
        查看我的申请
      </LinkButton>
    </View>
  );
}

function ApplyForm({ merchantId }: { merchantId: string }) {
  const form = useApply(merchantId);
  const { value, errors, change } = form;

  return (
    <LoadState {...form.context} onRetry={() => void form.context.reload()} skeletonRows={12}>
      {({ region, membership, year, blocked }) => {
        if (!membership) return <NotAllowed />;
        if (blocked) return <Blocked message={blocked} />;
        const { categories, checklist } = region.modelUnit;
        return (
          <>
            <View className="apply__head">
              <Text className="apply__merchant">{membership.merchantName}</Text>
              <Text className="muted">
                {year}年度{region.county}放心消费示范单位申请
              </Text>
            </View>

            <View className="section">
              <FormField label="申报类别" required error={errors.category}>
                <Radio.Group
                  className="apply__categories"
                  value={value.category}
                  onChange={(category) => change({ category: String(category) })}
                >
                  {categories.map((category) => (
                    <Radio key={category.name} value={category.name}>
                      <View className="apply__category">
                        <Text>{category.name}</Text>
                        {category.examples.length > 0 && (
                          <Text className="muted">如：{category.examples.join('、')}</Text>
                        )}
                      </View>
                    </Radio>
                  ))}
                </Radio.Group>
              </FormField>
            </View>

            <View className="section">
              <FormField
                label={`自查清单（已勾选 ${value.checked.length}/${checklist.length}）`}
                error={errors.checklist}
                hint="请如实勾选已经做到的项目，审核时会现场核查。"
              >
                <Checkbox.Group
                  className="apply__checklist"
                  value={value.checked}
                  onChange={(checked) => change({ checked })}
                >
                  {checklist.map((item) => (
                    <Checkbox key={item} className="apply__check" value={item} label={item} />
                  ))}
                </Checkbox.Group>
              </FormField>
              {form.checklistWarning && (
                <View className="apply__warning">{form.checklistWarning}</View>
              )}
            </View>

            <View className="section">
              <FormField label="补充说明" error={errors.note} hint="选填，如经营特色、获得的荣誉">
                <TextArea
                  className="apply__note"
                  value={value.note}
                  onChange={(note) => change({ note })}
                  placeholder="选填"
                  maxLength={MAX_NOTE}
                  showCount
                />
              </FormField>
              <FormField
                label={`照片（${value.photos.length}/${MAX_PHOTOS}）`}
                error={errors.photos}
                hint="选填，如门头、价目公示、证照公示，最多9张"
              >
                <PhotoGrid
                  value={value.photos}
                  onChange={(photos) => change({ photos })}
                  max={MAX_PHOTOS}
                  purpose="model-unit"
                  onBusyChange={form.setUploading}
                />
              </FormField>
            </View>

            <SubmitBar
              form={form}
              className="apply__submit"
              mine={{ label: '查看我的申请', url: modelUnitRoutes.applications }}
              label="提交申请"
              note="填写内容会自动保存在本机，提交成功后清除。"
            />
          </>
        );
      }}
    </LoadState>
  );
}

/** 申请示范单位: a verified merchant applies for the 放心消费示范单位 title. */
export default function ApplyPage() {
  const merchantId = useRouter().params.merchantId;
  return (
    <GatedPage className="apply" signInReason="登录后才能为你的商家申请示范单位。">
      {merchantId ? <ApplyForm merchantId={merchantId} /> : <NotAllowed />}
    </GatedPage>
  );
}
