import { View, Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { gatedPage } from '@/components/access-gate';
import { ChipGroup } from '@/components/chip-group';
import { FormField, TextField } from '@/components/form-field';
import { PhotoGrid } from '@/components/photo-grid';
import { SubmitBar } from '@/components/submit-bar';
import { DEFAULT_ADVISORY_CATEGORIES } from '@/domain/advisory-vocabulary';
import { textLength } from '@/domain/text-length';
import { TIP_LIMITS, DEFAULT_TIPS_PER_DAY } from '@/domain/tip-vocabulary';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { maskedNickname } from '../../labels';
import { tipRoutes } from '../../routes';
import { useWriteTip } from './use-write-tip';
import './index.scss';

/** What happens to a tip before anyone reads it, said before the author writes. */
function BeforeYouWrite() {
  const region = useRegion();
  const nickname = useSession()?.user.nickname;
  const perDay = region?.tips?.perUserPerDay ?? DEFAULT_TIPS_PER_DAY;
  return (
    <View className="section write-tip__intro">
      <View className="section-title">分享你的消费经验</View>
      <Text>提交后先经内容安全检测和工作人员审核，通过后才会公开。</Text>
      <Text>公开时只显示打码的昵称「{maskedNickname(nickname)}」，不显示手机号等个人信息。</Text>
      <Text className="muted">请勿填写他人姓名、电话等个人信息；每人每天最多投稿{perDay}条。</Text>
    </View>
  );
}

function WriteTip() {
  const form = useWriteTip();
  const { value, errors, change } = form;
  const region = useRegion();
  const categories = region?.advisories?.categories ?? DEFAULT_ADVISORY_CATEGORIES;
  const count = textLength(value.body);
  const max = TIP_LIMITS.body.max;
  return (
    <>
      <BeforeYouWrite />
      <View className="section">
        <TextField
          form={form}
          name="title"
          label="标题"
          required
          placeholder={`一句话说清要点（${TIP_LIMITS.title.min}–${TIP_LIMITS.title.max}字）`}
          maxLength={TIP_LIMITS.title.max}
        />
        <FormField
          label="正文"
          required
          error={errors.body}
          hint="写清楚遇到了什么、怎么避免，只写文字（不支持链接和格式）"
        >
          <TextArea
            className="write-tip__body"
            value={value.body}
            placeholder={`分享你的经验或提醒（${TIP_LIMITS.body.min}–${max}字）`}
            maxLength={max}
            autoSize
            onChange={(body) => change({ body })}
          />
          <Text
            className={`write-tip__counter ${count > max || count < TIP_LIMITS.body.min ? 'is-short' : ''}`}
            aria-label="字数"
          >
            {count}/{max}
          </Text>
        </FormField>
        <FormField label="分类" required error={errors.category}>
          <ChipGroup
            className="write-tip__chips"
            label="分类"
            value={value.category}
            options={categories}
            onChange={(category) => change({ category })}
          />
        </FormField>
        <FormField
          label="图片"
          error={errors.photos}
          hint={`选填，最多${TIP_LIMITS.photos}张；审核通过后所有人可见，请勿拍到他人面孔、电话等`}
        >
          <PhotoGrid
            value={value.photos}
            onChange={(photos) => change({ photos })}
            max={TIP_LIMITS.photos}
            purpose="evidence"
            addLabel="添加图片"
            onBusyChange={form.setUploading}
          />
        </FormField>
      </View>
      <SubmitBar
        form={form}
        className="write-tip__submit"
        label="提交审核"
        mine={{ label: '查看我的投稿', url: tipRoutes.mine }}
        note="填写的内容会自动保存在本机，网络不好或退出后再进来也不会丢失。"
      />
    </>
  );
}

/** 写小贴士: a signed-in consumer shares a tip; it is checked before anyone sees it. */
export default gatedPage(
  'write-tip',
  { signInReason: '写小贴士前请先登录，方便你查看审核结果。' },
  WriteTip,
);
