import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { FavoriteKind } from '@api/favorites';
import { favoritesApi } from '../api';
import { session } from '@/services/session';
import { askToSignIn } from '@/services/ask-to-sign-in';
import './favorite-button.scss';

interface FavoriteButtonProps {
  kind: FavoriteKind;
  id: string;
  /** What the detail answer says; the button keeps its own state after a tap. */
  favorited: boolean;
}

/** 收藏 / 已收藏: flips at once, and flips back with a toast when the server refuses. */
export function FavoriteButton({ kind, id, favorited }: FavoriteButtonProps) {
  const [on, setOn] = useState(favorited);
  const pending = useRef(false);

  // A reloaded detail (pull-to-refresh, sign-in) brings the server's word.
  useEffect(() => setOn(favorited), [favorited, kind, id]);

  const flip = async () => {
    const want = !on;
    setOn(want);
    try {
      const answer = await (want ? favoritesApi.add(kind, id) : favoritesApi.remove(kind, id));
      setOn(answer.favorited);
      void Taro.showToast({
        title: answer.favorited ? '已收藏' : '已取消收藏',
        icon: answer.favorited ? 'success' : 'none',
      });
    } catch (error) {
      setOn(!want);
      const reason = error instanceof Error && error.message ? error.message : '请稍后再试';
      void Taro.showToast({
        title: `${want ? '收藏' : '取消收藏'}失败：${reason}`,
        icon: 'none',
        duration: 2500,
      });
    }
  };

  const toggle = async () => {
    if (pending.current) return;
    pending.current = true;
    try {
      // Signed in: flip in the same tap; otherwise only after the user agreed and signed in.
      if (
        session.token() ||
        (await askToSignIn('登录后才能收藏，收藏的内容在「我的 → 我的收藏」里随时查看。'))
      )
        await flip();
    } finally {
      pending.current = false;
    }
  };

  return (
    <Button
      className={`favorite-button${on ? ' favorite-button--on' : ''}`}
      size="small"
      fill="outline"
      type={on ? 'primary' : 'default'}
      // A glyph, not NutUI's icon: its SVG would land in the main package's vendors.
      icon={
        <Text className="favorite-button__star" aria-hidden>
          {on ? '★' : '☆'}
        </Text>
      }
      aria-pressed={on}
      onClick={() => void toggle()}
    >
      {on ? '已收藏' : '收藏'}
    </Button>
  );
}
