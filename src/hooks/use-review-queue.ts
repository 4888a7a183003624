import { useState } from 'react';
import type { PageOf } from '@api/common';
import Taro from '@tarojs/taro';
import { isRemovedOrChanged } from '@/services/stale-answer';
import { usePagedList } from './use-paged-list';

/** How a staff queue records a decision on one of its items. */
export interface QueueDecision<B> {
  send: (id: string, body: B) => Promise<unknown>;
  /** The toast once the decision is recorded, e.g. 已通过. */
  doneTitle: (body: B) => string;
}

/** The decision a staff member is confirming in a dialog: on which item, and which one. */
export interface PendingDecision<T, K extends string> {
  item: T;
  kind: K;
}

/**
 * Decisions that take an item out of a staff queue (`leave`), and the one being confirmed in a
 * dialog. An item decided by a colleague meanwhile (404/409) leaves too.
 */
export function useQueueDecision<T extends { id: string }, B, K extends string>(
  { send, doneTitle }: QueueDecision<B>,
  leave: (id: string) => void,
) {
  const [pending, setPending] = useState<PendingDecision<T, K>>();

  /** Throws when the decision was not recorded (the dialog stays open for another try). */
  const decide = async (item: T, body: B) => {
    try {
      await send(item.id, body);
    } catch (caught) {
      // request() has shown the server's message.
      if (isRemovedOrChanged(caught)) {
        leave(item.id);
        return;
      }
      throw caught;
    }
    leave(item.id);
    void Taro.showToast({ title: doneTitle(body), icon: 'success' });
  };

  return {
    decide,
    pending,
    /** Open the dialog that confirms `kind` on `item`. */
    ask: (item: T, kind: K) => setPending({ item, kind }),
    close: () => setPending(undefined),
  };
}

interface ReviewQueueOptions<T, B> extends QueueDecision<B> {
  /** The waiting items a page at a time, oldest first. */
  load: (cursor?: string) => Promise<PageOf<T>>;
  /** Start again when the page is shown again (back from a page that changed things). */
  reloadOnShow?: boolean;
}

/** A staff queue a page at a time, oldest first; a decision takes the item out of it. */
export function useReviewQueue<
  T extends { id: string },
  B,
  K extends string = 'approve' | 'reject',
>({ load, reloadOnShow, ...decision }: ReviewQueueOptions<T, B>) {
  const queue = usePagedList(load, { reloadOnShow });
  return { ...queue, ...useQueueDecision<T, B, K>(decision, queue.remove) };
}
