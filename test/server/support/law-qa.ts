import type { QaContent, QaCreated } from '@api/law';
import type { SeedQaCard } from '../../../server/src/features/law/qa-seeding';
import { bearer, type TestApp } from './app';

export const qaContent = (over: Partial<QaContent> = {}): QaContent => ({
  topic: '七天无理由',
  question: '网上买的衣服不合适，能退吗？',
  answer:
    '网购的商品，一般自收到之日起七日内可以无理由退货。\n商品要完好；退货运费一般由消费者承担，另有约定的按约定。定作的、鲜活易腐的等商品除外。',
  citations: [{ law: 'consumer-protection', no: 25 }],
  ...over,
});

/** Two shipped-style cards for the seeding tests (W's qa-seed.ts holds the real ones). */
export const QA_FIXTURE: SeedQaCard[] = [
  {
    key: 'fixture-fake-goods',
    topic: '假货赔偿',
    question: '买到假货，商家要怎么赔？',
    answer:
      '商家卖假货属于欺诈，除了退款，消费者还可以要求增加赔偿：金额为价款的三倍，不足五百元的按五百元算。',
    citations: [{ law: 'consumer-protection', no: 55 }],
  },
  {
    key: 'fixture-food',
    topic: '食品',
    question: '吃了不合格食品受到损害，找谁赔？',
    answer:
      '可以找卖的商家，也可以找生产的厂家，先被找到的一方要先赔，不能推来推去，之后再由它们之间追偿。',
    citations: [{ law: 'food-safety', no: 148 }],
  },
];

let key = 0;

/** Staff helpers for the 问答 routes. */
export function qaClient(t: TestApp) {
  const create = (token: string, body: unknown = qaContent()) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/law/qa',
      payload: body as object,
      headers: { ...bearer(token), 'idempotency-key': `qa-${key++}-${Math.random()}` },
    });
  const move = (token: string, id: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/law/qa/${id}/transitions`,
      payload,
      headers: bearer(token),
    });
  const edit = (token: string, id: string, payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/law/qa/${id}`, payload, headers: bearer(token) });
  const manage = (token: string, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/law/qa/${id}/manage`, headers: bearer(token) });
  const card = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/law/qa/${id}` });
  /** A card by `author`, taken to `stage`; `reviewer` publishes it. */
  async function cardAt(
    stage: 'draft' | 'submitted' | 'published' | 'unpublished',
    author: string,
    reviewer: string,
    body: QaContent = qaContent(),
  ): Promise<string> {
    const res = await create(author, body);
    if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
    const { id } = res.json<QaCreated>();
    const steps: [string, object][] = [
      [author, { action: 'submit' }],
      [reviewer, { action: 'publish' }],
      [reviewer, { action: 'unpublish', reason: '内容需要更新' }],
    ];
    const count = { draft: 0, submitted: 1, published: 2, unpublished: 3 }[stage];
    for (const [token, step] of steps.slice(0, count)) {
      const moved = await move(token, id, step);
      if (moved.statusCode !== 200) throw new Error(`${JSON.stringify(step)}: ${moved.body}`);
    }
    return id;
  }
  return { create, move, edit, manage, card, cardAt };
}
