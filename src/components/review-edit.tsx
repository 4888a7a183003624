import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './review-edit.scss';

/**
 * The editor of staff content that a second staff member publishes (提示/警示, 问答 cards): why it
 * cannot be edited now, and its 提交审核 / 保存草稿 bar.
 */

/** What a reviewed item says about its state (StaffAdvisory, StaffQa). */
export interface ReviewedItem {
  status: 'draft' | 'submitted' | 'published' | 'unpublished';
  /** Absent for the items that ship with the app: anyone may take them up. */
  authorId?: string;
  authorName: string;
  revision?: { status: 'draft' | 'submitted'; authorId?: string; authorName: string };
}

/** Why the caller cannot edit the item now (noun: 提示警示, 问答), or undefined. */
export function editLockReason(
  item: ReviewedItem,
  me: string | undefined,
  noun: string,
): string | undefined {
  if (item.status === 'submitted') return '已提交审核，需审核人退回后才能修改。';
  if (item.status === 'unpublished') return `已撤下的${noun}不能再修改。`;
  if (item.status === 'draft' && item.authorId && item.authorId !== me) {
    return `只有作者（${item.authorName}）可以修改草稿。`;
  }
  const revision = item.revision;
  if (revision?.status === 'submitted') return '新版本已提交审核，需审核人退回后才能修改。';
  if (revision?.authorId && revision.authorId !== me) {
    return `${revision.authorName}正在修改这条的新版本。`;
  }
  return undefined;
}

export type ReviewSave = 'submit' | 'draft';

/** The form's last problem, then 提交审核 and 保存草稿 (one at a time). */
export function ReviewEditActions({
  notice,
  saving,
  onSave,
}: {
  notice?: string;
  saving?: ReviewSave;
  onSave: (mode: ReviewSave) => void;
}) {
  return (
    <>
      {notice && (
        <View className="section review-edit__notice" role="alert">
          {notice}
        </View>
      )}
      <View className="review-edit__actions">
        <Button
          block
          type="primary"
          loading={saving === 'submit'}
          disabled={Boolean(saving)}
          onClick={() => onSave('submit')}
        >
          提交审核
        </Button>
        <Button
          block
          fill="outline"
          type="primary"
          loading={saving === 'draft'}
          disabled={Boolean(saving)}
          onClick={() => onSave('draft')}
        >
          保存草稿
        </Button>
        <Text className="muted review-edit__note-line">
          填写的内容随时保存在本机；提交后由其他工作人员审核发布。
        </Text>
      </View>
    </>
  );
}
