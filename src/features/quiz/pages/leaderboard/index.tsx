import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { LeaderboardEntry, LeaderboardScope } from '@api/quiz';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { useSession } from '@/services/session';
import { quizApi } from '../../api';
import { formatDuration, MIN_PLAUSIBLE_SECONDS, SCOPE_LABELS, SCOPES } from '../../quiz-vocabulary';
import { quizRoutes } from '../../routes';
import './index.scss';

function Row({ entry, mine = false }: { entry: LeaderboardEntry; mine?: boolean }) {
  return (
    <View className={`quiz-board__row ${mine ? 'quiz-board__row--me' : ''}`}>
      {/* Gold, silver and bronze are drawn in CSS: an emoji medal needs an emoji font. */}
      <Text
        className={`quiz-board__rank ${entry.rank <= 3 ? `quiz-board__rank--medal quiz-board__rank--${entry.rank}` : ''}`}
        aria-label={`第${entry.rank}名`}
      >
        {entry.rank}
      </Text>
      {entry.avatarUrl ? (
        <Image className="quiz-board__avatar" src={entry.avatarUrl} />
      ) : (
        <Text className="quiz-board__avatar quiz-board__avatar--text">
          {Array.from(entry.nickname)[0] ?? '?'}
        </Text>
      )}
      <Text className="quiz-board__name">{mine ? `我（${entry.nickname}）` : entry.nickname}</Text>
      <View className="quiz-board__numbers">
        <Text className="quiz-board__score">{entry.bestScore}分</Text>
        <Text className="muted">{formatDuration(entry.seconds)}</Text>
      </View>
    </View>
  );
}

function Board({ scope }: { scope: LeaderboardScope }) {
  const board = useRemote(() => quizApi.leaderboard(scope));
  const signedIn = Boolean(useSession());
  return (
    <LoadState {...board} onRetry={() => void board.reload()} skeletonRows={10}>
      {(data) => (
        <>
          {data.scope === 'event' && data.from && data.to && (
            <Text className="muted quiz-board__window">
              活动时间：{data.from} 至 {data.to}
            </Text>
          )}
          {data.scope === 'today' && data.from && (
            <Text className="muted quiz-board__window">统计日期：{data.from}</Text>
          )}
          <View className="section quiz-board__list">
            {data.entries.length === 0 ? (
              <EmptyState title="还没有人上榜" description="快来答一局，争当第一名" />
            ) : (
              data.entries.map((entry) => (
                // Ranks are unique, so the caller's row in the list is the one with their rank.
                <Row
                  key={`${entry.rank}-${entry.nickname}`}
                  entry={entry}
                  mine={entry.rank === data.me?.rank}
                />
              ))
            )}
          </View>
          <View className="quiz-board__me" aria-label="我的排名">
            {data.me ? (
              <Row entry={data.me} mine />
            ) : (
              <View className="quiz-board__me-empty">
                <Text className="muted">
                  {signedIn ? '你在这个榜单上还没有成绩' : '登录并答题后可查看自己的排名'}
                </Text>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => void Taro.navigateTo({ url: quizRoutes.landing })}
                >
                  去答题
                </Button>
              </View>
            )}
          </View>
        </>
      )}
    </LoadState>
  );
}

/** 排行榜: today's, this event's and all-time best scores; the caller's own row pinned below. */
export default function LeaderboardPage() {
  const [scope, setScope] = useState<LeaderboardScope>('today');
  return (
    <PageShell className="quiz-board">
      <View className="quiz-board__tabs" role="tablist">
        {SCOPES.map((item) => (
          <View
            key={item}
            className={`quiz-board__tab tap-target ${item === scope ? 'quiz-board__tab--on' : ''}`}
            role="tab"
            aria-selected={item === scope}
            onClick={() => setScope(item)}
          >
            {SCOPE_LABELS[item]}
          </View>
        ))}
      </View>
      <Text className="muted quiz-board__rule">
        按最好成绩排名，同分按用时排序；用时过短（少于{MIN_PLAUSIBLE_SECONDS}
        秒）的成绩不计入排行榜。榜单只显示昵称。
      </Text>
      <Board key={scope} scope={scope} />
    </PageShell>
  );
}
