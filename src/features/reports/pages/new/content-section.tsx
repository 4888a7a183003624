import { View, Text, Picker } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { ChipGroup } from '@/components/chip-group';
import { DateField } from '@/components/date-field';
import { FormField, TextField } from '@/components/form-field';
import { PhotoGrid } from '@/components/photo-grid';
import { session } from '@/services/session';
import { textLength } from '@/domain/text-length';
import { REPORT_PHOTO_ROUTE } from '../../api';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, MAX_REPORT_PHOTOS } from './report-rules';
import type { NewReportForm } from './use-new-report';

const NONE = 'none';
const YEAR_MS = 365 * 24 * 3600_000;

/** 专项整治 (optional): the active ones; the chosen one's 可举报事项 fill the description. */
function CampaignField({ form }: { form: NewReportForm }) {
  const { value, campaigns, change } = form;
  if (!campaigns || campaigns.length === 0) return null;
  const chosen = campaigns.find((campaign) => campaign.id === value.campaignId);
  const names = Object.fromEntries(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const addHint = (item: string) =>
    change({
      description: value.description.trim() ? `${value.description}\n${item}：` : `${item}：`,
    });
  return (
    <FormField label="相关专项整治" error={form.errors.campaignId} hint="选填，不确定可以不选">
      <ChipGroup
        className="new-report__chips"
        label="相关专项整治"
        value={chosen ? chosen.id : NONE}
        options={[NONE, ...campaigns.map((campaign) => campaign.id)]}
        labelOf={(id) => (id === NONE ? '不选' : names[id])}
        onChange={(id) => change({ campaignId: id === NONE ? undefined : id })}
      />
      {chosen && chosen.reportable.length > 0 && (
        <View className="new-report__hints" aria-label="可举报事项">
          <Text className="muted new-report__hints-label">可举报事项（点一下写入下方）：</Text>
          {chosen.reportable.map((item) => (
            <View
              key={item}
              className="new-report__hint tap-target"
              role="button"
              onClick={() => addHint(item)}
            >
              {item}
            </View>
          ))}
        </View>
      )}
    </FormField>
  );
}

/** 2 举报内容: the campaign, what was seen, when, where and photos. */
export function ContentSection({ form }: { form: NewReportForm }) {
  const { value, errors, change } = form;
  const count = textLength(value.description);
  const inApp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="section">
      <View className="section-title">2 举报内容</View>
      <CampaignField form={form} />
      <FormField
        label="违法行为"
        required
        error={errors.description}
        hint="写清楚看到了什么、卖的什么商品、有什么问题"
      >
        <TextArea
          className="new-report__description"
          value={value.description}
          placeholder={`请如实描述（${DESCRIPTION_MIN}–${DESCRIPTION_MAX}字）`}
          maxLength={DESCRIPTION_MAX}
          autoSize
          onChange={(description) => change({ description })}
        />
        <Text
          className={`new-report__counter ${count < DESCRIPTION_MIN ? 'is-short' : ''}`}
          aria-label="字数"
        >
          {count}/{DESCRIPTION_MAX}
        </Text>
      </FormField>
      <FormField label="发现日期" required error={errors.seenOn}>
        <DateField
          value={value.seenOn}
          title="发现日期"
          start={new Date(Date.now() - 2 * YEAR_MS)}
          end={new Date(`${form.today}T12:00:00+08:00`)}
          onChange={(seenOn) => change({ seenOn })}
        />
      </FormField>
      <FormField label="大概时间" error={errors.seenTime} hint="选填，记得大概时间就选上">
        <View className="new-report__time">
          <Picker
            mode="time"
            value={value.seenTime || '12:00'}
            onChange={(event) => change({ seenTime: String(event.detail.value) })}
          >
            <View className="option-picker tap-target" role="button" aria-label="选择时间">
              <Text className={value.seenTime ? '' : 'muted'}>{value.seenTime || '未选择'}</Text>
              <Text className="option-picker__arrow">▾</Text>
            </View>
          </Picker>
          {value.seenTime && (
            <Button size="small" fill="none" onClick={() => change({ seenTime: '' })}>
              清除
            </Button>
          )}
        </View>
      </FormField>
      <TextField
        form={form}
        name="place"
        label="发现地点"
        required
        placeholder="如 城关镇人民路12号店内"
        maxLength={100}
      />
      <View className="new-report__locate">
        <Button
          size="small"
          fill="outline"
          loading={form.locating}
          onClick={() => void form.pickPlace()}
        >
          {inApp ? '选择位置' : '使用当前位置'}
        </Button>
        {value.location ? (
          <>
            <Text className="muted new-report__located">
              已附上位置{value.location.name ? `：${value.location.name}` : ''}
            </Text>
            <Button size="small" fill="none" onClick={() => change({ location: undefined })}>
              移除
            </Button>
          </>
        ) : (
          <Text className="muted">选填，附上位置便于核查</Text>
        )}
      </View>
      <FormField
        label={`照片（${value.photos.length}/${MAX_REPORT_PHOTOS}）`}
        error={errors.photos}
        hint="商品、标签、现场照片等，最多9张；仅办理人员可见"
      >
        <PhotoGrid
          value={value.photos}
          onChange={(photos) => change({ photos })}
          max={MAX_REPORT_PHOTOS}
          purpose="report"
          uploadRoute={REPORT_PHOTO_ROUTE}
          // Sent without signing in: the server lets only staff read it back.
          unreadableLabel={session.token() ? undefined : '已上传，仅办理人员可见'}
          addLabel="添加照片"
          onBusyChange={form.setUploading}
        />
      </FormField>
    </View>
  );
}
