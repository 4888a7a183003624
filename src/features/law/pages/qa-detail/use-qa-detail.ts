import Taro, { useRouter } from '@tarojs/taro';
import type { QaCard } from '@api/law';
import { useRemote } from '@/hooks/use-remote';
import { lawQaApi } from '../../qa-api';
import { lawRoutes } from '../../routes';
import { paragraphs } from '../../qa-components/qa-text';

/** The card as text to paste into a chat: question, answer and 依据 by name and number. */
export function cardText(card: QaCard): string {
  const basis = card.citations.map((c) => `《${c.lawTitle}》${c.label}`).join('、');
  return [
    `问：${card.question}`,
    `答：${paragraphs(card.answer).join('\n')}`,
    `依据：${basis}`,
  ].join('\n');
}

const copy = async (data: string, done: string) => {
  try {
    await Taro.setClipboardData({ data });
    void Taro.showToast({ title: done, icon: 'none' });
  } catch {
    void Taro.showToast({ title: '复制失败，请长按文字复制', icon: 'none' });
  }
};

/** One published card: loading, 转发 and 朋友圈 cards, 复制 (the text; on H5 also the link). */
export function useQaDetail() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => lawQaApi.get(id));
  const card = remote.data;
  const path = lawRoutes.qaDetail(id);

  Taro.useLoad(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.showShareMenu({ showShareItems: ['wechatFriends', 'wechatMoment'] });
    }
  });
  Taro.useShareAppMessage(() => ({ title: card ? `问答：${card.question}` : '普法问答', path }));
  Taro.useShareTimeline(() => ({
    title: card ? `问答：${card.question}` : '普法问答',
    query: path.split('?')[1],
  }));

  return {
    id,
    remote,
    copyText: () => card && copy(cardText(card), '已复制，可粘贴发给家人朋友'),
    copyLink: () => copy(`${window.location.origin}${path}`, '链接已复制，可粘贴发送给朋友'),
  };
}
