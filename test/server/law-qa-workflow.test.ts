import type { QaCard, QaCreated, StaffQa, StaffQaList } from '@api/law';
import type { MessagePage } from '@api/messages';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';
import { qaClient, qaContent } from './support/law-qa';

let clock = new Date('2027-03-10T02:00:00.000Z');
let t: TestApp;
let writer: { token: string; user: { id: string } };
let reviewer: { token: string; user: { id: string } };
let third: { token: string; user: { id: string } };
let qa: ReturnType<typeof qaClient>;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  writer = await loginStaff(t, 'staff', 'qa_zhang');
  reviewer = await loginStaff(t, 'staff', 'qa_li');
  third = await loginStaff(t, 'admin', 'qa_wang');
  qa = qaClient(t);
});
afterAll(() => t.close());

const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};

const auditOf = (id: string) =>
  t.db.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'detail'])
    .where('target_type', '=', 'law-qa')
    .where('target_id', '=', id)
    .orderBy('id')
    .execute();

const versionsOf = (id: string) =>
  t.db.db
    .selectFrom('law_qa_versions')
    .selectAll()
    .where('qa_id', '=', id)
    .orderBy('version')
    .execute();

const citedBy = (id: string) =>
  t.db.db
    .selectFrom('law_qa_articles')
    .select(['law_key', 'no'])
    .where('qa_id', '=', id)
    .orderBy('no')
    .execute();

describe('draft → submitted → published', () => {
  it('the author cannot publish their own card; another staff member can', async () => {
    const created = await qa.create(writer.token);
    expect(created.statusCode).toBe(201);
    const { id, status } = created.json<QaCreated>();
    expect(status).toBe('draft');

    // Only the author submits a draft.
    const foreign = await qa.move(reviewer.token, id, { action: 'submit' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('NOT_AUTHOR');
    // A draft cannot be published.
    expect((await qa.move(reviewer.token, id, { action: 'publish' })).statusCode).toBe(409);

    tick();
    const submitted = await qa.move(writer.token, id, { action: 'submit' });
    expect(submitted.json<StaffQa>()).toMatchObject({
      status: 'submitted',
      authorName: 'qa_zhang',
    });
    const own = await qa.move(writer.token, id, { action: 'publish' });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({
      code: 'AUTHOR_CANNOT_PUBLISH',
      message: '不能审核发布自己撰写的问答，请由其他工作人员审核',
    });
    expect((await qa.card(id)).statusCode).toBe(404);
    expect(await citedBy(id)).toEqual([]);

    tick();
    const pub = await qa.move(reviewer.token, id, { action: 'publish' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json<StaffQa>()).toMatchObject({
      status: 'published',
      version: 1,
      publishedByName: 'qa_li',
      publishedAt: clock.toISOString(),
    });
    expect((await qa.card(id)).json<QaCard>()).toMatchObject({ id, version: 1 });
    expect(await citedBy(id)).toEqual([{ law_key: 'consumer-protection', no: 25 }]);
    expect(await versionsOf(id)).toMatchObject([
      { version: 1, author_id: writer.user.id, published_by: reviewer.user.id },
    ]);
    expect((await auditOf(id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['law-qa.create', writer.user.id],
      ['law-qa.submit', writer.user.id],
      ['law-qa.publish', reviewer.user.id],
    ]);

    // The author hears of it in 消息, with a link to the card's review page.
    const messages = await t.app.inject({
      method: 'GET',
      url: '/api/v1/messages',
      headers: bearer(writer.token),
    });
    expect(messages.json<MessagePage>().items[0]).toMatchObject({
      kind: 'law',
      title: `问答「${qaContent().question}」已发布`,
      link: `/features/law/pages/qa-review/index?id=${id}`,
    });
  });

  it('return and unpublish need a reason; the reason is kept and audited', async () => {
    const id = await qa.cardAt('submitted', writer.token, reviewer.token);
    for (const payload of [{ action: 'return' }, { action: 'return', reason: '  ' }]) {
      const res = await qa.move(reviewer.token, id, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ reason: '请填写原因' });
    }
    const returned = await qa.move(reviewer.token, id, {
      action: 'return',
      reason: '请补充运费说明',
    });
    expect(returned.json<StaffQa>()).toMatchObject({
      status: 'draft',
      returnedReason: '请补充运费说明',
    });
    // Submitted again (the reason answered) and published, then taken down with a reason.
    const resubmitted = await qa.move(writer.token, id, { action: 'submit' });
    expect(resubmitted.json<StaffQa>().returnedReason).toBeUndefined();
    expect((await qa.move(reviewer.token, id, { action: 'publish' })).statusCode).toBe(200);
    const noReason = await qa.move(third.token, id, { action: 'unpublish' });
    expect(noReason.statusCode).toBe(400);
    expect((await qa.card(id)).statusCode).toBe(200);
    const down = await qa.move(third.token, id, { action: 'unpublish', reason: '条文已修订' });
    expect(down.json<StaffQa>()).toMatchObject({
      status: 'unpublished',
      unpublishedReason: '条文已修订',
    });
    expect((await qa.card(id)).statusCode).toBe(404);
    expect(await citedBy(id)).toEqual([]);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual([
      'law-qa.create',
      'law-qa.submit',
      'law-qa.return',
      'law-qa.submit',
      'law-qa.publish',
      'law-qa.unpublish',
    ]);
    expect(JSON.parse(audit[2].detail ?? '{}')).toMatchObject({ reason: '请补充运费说明' });
    expect(JSON.parse(audit[5].detail ?? '{}')).toMatchObject({ reason: '条文已修订' });
    // Taken down: it stays as it was.
    const edit = await qa.edit(writer.token, id, qaContent());
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('QA_UNPUBLISHED');
  });

  it('only the author edits a draft; a submitted card must be returned first', async () => {
    const id = await qa.cardAt('draft', writer.token, reviewer.token);
    const foreign = await qa.edit(
      reviewer.token,
      id,
      qaContent({ question: '别人改的问题行不行？' }),
    );
    expect(foreign.statusCode).toBe(403);
    const own = await qa.edit(writer.token, id, qaContent({ question: '作者改过的问题可以吗？' }));
    expect(own.json<StaffQa>().content.question).toBe('作者改过的问题可以吗？');
    await qa.move(writer.token, id, { action: 'submit' });
    const locked = await qa.edit(writer.token, id, qaContent());
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('QA_SUBMITTED');
  });
});

describe('a new version of a published card', () => {
  it('keeps the published one public until the new version is published; versions kept', async () => {
    const id = await qa.cardAt('published', writer.token, reviewer.token);
    tick();
    const revised = qaContent({
      question: '网购衣服不合适，几天内能退？',
      citations: [
        { law: 'consumer-protection', no: 25 },
        { law: 'consumer-protection', no: 24 },
      ],
    });
    // Any staff member may write the next version; the one who did is its author.
    const edit = await qa.edit(reviewer.token, id, revised);
    expect(edit.statusCode).toBe(200);
    expect(edit.json<StaffQa>()).toMatchObject({
      status: 'published',
      version: 1,
      content: { question: qaContent().question },
      revision: { status: 'draft', authorName: 'qa_li', content: { question: revised.question } },
    });
    // Someone else cannot take over the pending version.
    const other = await qa.edit(third.token, id, revised);
    expect(other.statusCode).toBe(403);
    expect((await qa.card(id)).json<QaCard>().question).toBe(qaContent().question);

    expect((await qa.move(reviewer.token, id, { action: 'submit' })).statusCode).toBe(200);
    expect((await qa.edit(reviewer.token, id, revised)).json().code).toBe('REVISION_SUBMITTED');
    // Its author cannot publish it; the first version's author can.
    expect((await qa.move(reviewer.token, id, { action: 'publish' })).statusCode).toBe(403);
    expect((await qa.card(id)).json<QaCard>()).toMatchObject({
      question: qaContent().question,
      version: 1,
    });
    expect(await citedBy(id)).toEqual([{ law_key: 'consumer-protection', no: 25 }]);

    tick();
    const pub = await qa.move(writer.token, id, { action: 'publish' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json<StaffQa>().revision).toBeUndefined();
    expect((await qa.card(id)).json<QaCard>()).toMatchObject({
      question: revised.question,
      version: 2,
      citations: [
        { law: 'consumer-protection', no: 25, label: '第二十五条' },
        { law: 'consumer-protection', no: 24, label: '第二十四条' },
      ],
    });
    expect(await citedBy(id)).toEqual([
      { law_key: 'consumer-protection', no: 24 },
      { law_key: 'consumer-protection', no: 25 },
    ]);
    const versions = await versionsOf(id);
    expect(versions.map((v) => [v.version, v.author_id, v.published_by])).toEqual([
      [1, writer.user.id, reviewer.user.id],
      [2, reviewer.user.id, writer.user.id],
    ]);
    expect(JSON.parse(versions[0].content).question).toBe(qaContent().question);
    expect(JSON.parse(versions[1].content).question).toBe(revised.question);
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      'law-qa.create',
      'law-qa.submit',
      'law-qa.publish',
      'law-qa.revise',
      'law-qa.submit',
      'law-qa.publish',
    ]);
  });

  it('a returned new version goes back to its author with the reason', async () => {
    const id = await qa.cardAt('published', writer.token, reviewer.token);
    await qa.edit(writer.token, id, qaContent({ question: '改版后的问题是什么呢？' }));
    await qa.move(writer.token, id, { action: 'submit' });
    const back = await qa.move(reviewer.token, id, { action: 'return', reason: '问题太笼统' });
    expect(back.json<StaffQa>()).toMatchObject({
      status: 'published',
      revision: { status: 'draft', returnedReason: '问题太笼统' },
    });
    expect((await qa.card(id)).json<QaCard>().question).toBe(qaContent().question);
    // Edited, the reason stays until the version is submitted again.
    const edited = await qa.edit(
      writer.token,
      id,
      qaContent({ question: '改版后的问题更具体吗？' }),
    );
    expect(edited.json<StaffQa>().revision?.returnedReason).toBe('问题太笼统');
    const again = await qa.move(writer.token, id, { action: 'submit' });
    expect(again.json<StaffQa>().revision).toMatchObject({ status: 'submitted' });
    expect(again.json<StaffQa>().revision?.returnedReason).toBeUndefined();
  });
});

describe('the staff list', () => {
  it('filters by status and topic, most recently changed first', async () => {
    tick();
    const id = await qa.cardAt(
      'submitted',
      writer.token,
      reviewer.token,
      qaContent({ topic: '医美', question: '医美项目出了问题找谁？' }),
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/law/qa/manage?status=submitted&topic=${encodeURIComponent('医美')}`,
      headers: bearer(reviewer.token),
    });
    const items = res.json<StaffQaList>().items;
    expect(items.map((c) => c.id)).toContain(id);
    items.forEach((c) =>
      expect(c).toMatchObject({ status: 'submitted', content: { topic: '医美' } }),
    );
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/v1/law/qa/manage?limit=3',
      headers: bearer(reviewer.token),
    });
    expect(all.json<StaffQaList>().items[0].id).toBe(id);
  });
});
