import type {
  ImportResult,
  QuestionBody,
  QuestionPage,
  QuestionReport,
  QuizStatus,
  ReportPage,
  StaffQuestion,
} from '@api/quiz';
import { questions } from '../../server/src/features/quiz/bank/questions';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { answersScoring, drawPaper, submit } from './support/quiz';
import { newQuestionBody } from '../support/question-factory';
import { bumpVersion } from '../../server/src/cache/read-cache';

let t: TestApp;
let staff: { token: string };
let consumer: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
  consumer = await loginConsumer(t.app);
});
afterAll(() => t.close());

const as = (token: string) => ({ headers: bearer(token) });
const bankSize = async () =>
  Number(
    (
      await t.db.db
        .selectFrom('quiz_questions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const body = newQuestionBody;

describe('the built-in bank', () => {
  it('is seeded once at start-up, every question drawable', async () => {
    expect(await bankSize()).toBe(questions.length);
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/v1/quiz/me',
      ...as(consumer.token),
    });
    const topics = status.json<QuizStatus>().topics;
    expect(topics.reduce((n, t) => n + t.questions, 0)).toBe(
      questions.filter((q) => !q.retired).length,
    );
  });
});

describe('staff bank management', () => {
  it('is for staff only', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/quiz/questions'],
      ['GET', '/api/v1/quiz/question-reports'],
    ] as const) {
      expect((await t.app.inject({ method, url, ...as(consumer.token) })).statusCode).toBe(403);
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    }
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(consumer.token),
      payload: body(),
    });
    expect(create.statusCode).toBe(403);
  });

  it('lists with filters, search and pages', async () => {
    const list = async (query: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/quiz/questions?${query}`,
          ...as(staff.token),
        })
      ).json<QuestionPage>();
    const topic = await list('topic=投诉维权&limit=50');
    expect(topic.items.length).toBeGreaterThan(10);
    expect(topic.items.every((q) => q.topic === '投诉维权')).toBe(true);
    expect(topic.items[0]).toHaveProperty('answer');

    const search = await list(`q=${encodeURIComponent('条码')}`);
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items.every((q) => q.stem.includes('条码'))).toBe(true);
    expect((await list('q=q007')).items.map((q) => q.id)).toEqual(['q007']);
    // LIKE wildcards are literal.
    expect((await list('q=_')).items).toEqual([]);

    const first = await list('limit=20');
    const second = await list(`limit=20&cursor=${first.nextCursor}`);
    const ids = [...first.items, ...second.items].map((q) => q.id);
    expect(new Set(ids).size).toBe(40);
  });

  it('creates a question, refusing broken ones with the field named', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: body({ answer: ['A', 'B'] }),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('QUIZ_QUESTION_INVALID');
    expect(broken.json().fields).toEqual({ answer: '单选题只能有 1 个正确答案，现有 2 个' });
    const unknownField = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: { ...body(), answered: 99 },
    });
    expect(unknownField.statusCode).toBe(400);
    const badTf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: body({ type: 'true-false' }),
    });
    expect(badTf.json().fields).toEqual({ options: '判断题的选项必须是 A 对、B 错' });

    const before = await bankSize();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: body({ id: 'fw-001' }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<StaffQuestion>()).toMatchObject({
      id: 'fw-001',
      answered: 0,
      openReports: 0,
    });
    expect(await bankSize()).toBe(before + 1);
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: body({ id: 'fw-001' }),
    });
    expect(dup.statusCode).toBe(409);

    const generated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      ...as(staff.token),
      payload: body(),
    });
    expect(generated.json<StaffQuestion>().id).toMatch(/^[0-9a-z]{26}$/);
  });

  it('edits, retires (no longer drawn) and restores', async () => {
    const topicCount = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/quiz/me', ...as(consumer.token) }))
        .json<QuizStatus>()
        .topics.find((x) => x.topic === '识假辨假')!.questions;
    const before = await topicCount();
    const put = (extra: Partial<QuestionBody>) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/quiz/questions/fw-001',
        ...as(staff.token),
        payload: body(extra),
      });
    const edited = await put({ stem: '查询防伪码，哪种做法最稳妥？' });
    expect(edited.json<StaffQuestion>().stem).toBe('查询防伪码，哪种做法最稳妥？');
    expect((await put({ retired: true })).json<StaffQuestion>().retired).toBe(true);
    expect(await topicCount()).toBe(before - 1);

    // Drawing the whole topic many times never shows a retired question.
    const drawer = await loginConsumer(t.app);
    const paper = await drawPaper(t, drawer.token, { topic: '识假辨假' });
    expect(paper.questions.map((q) => q.id)).not.toContain('fw-001');

    expect((await put({ retired: false })).json<StaffQuestion>().retired).toBeUndefined();
    expect(await topicCount()).toBe(before);
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/quiz/questions/nope',
      ...as(staff.token),
      payload: body(),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('counts answers and right answers per question from submitted papers', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    const stats = async () =>
      Promise.all(
        paper.questions.map(async (q) => {
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/v1/quiz/questions/${q.id}`,
            ...as(staff.token),
          });
          const { answered, correctRate } = res.json<StaffQuestion>();
          return { answered, right: Math.round(((correctRate ?? 0) * answered) / 100) };
        }),
      );
    const before = await stats();
    await submit(t, user.token, paper.paperId, await answersScoring(t, paper, 7));
    const after = await stats();
    after.forEach((s, i) => {
      expect(s.answered).toBe(before[i].answered + 1);
      expect(s.right).toBe(before[i].right + (i < 7 ? 1 : 0));
    });
  });
});

describe('import', () => {
  const HEADER = 'id,type,topic,subtopic,difficulty,stem,A,B,C,D,answer,explanation';
  const importFile = (format: 'csv' | 'json', content: string, dryRun?: boolean) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions/import',
      ...as(staff.token),
      payload: { format, content, ...(dryRun === undefined ? {} : { dryRun }) },
    });

  it('refuses a CSV with one bad row and writes nothing', async () => {
    const before = await bankSize();
    const csv = [
      HEADER,
      'imp-1,单选,识假辨假,食品标签,1,预包装食品标签上必须标注的是？,生产日期,广告语,明星代言,促销价,A,食品安全法规定标签应标明生产日期和保质期等。',
      'imp-2,多选,消费者权益,九项权利,中,下列哪些是消费者的权利？,安全权,知情权,垄断权,,A,多选题至少两个答案。',
      'imp-3,判断,投诉维权,12315,易,12315可以在网上投诉。,,,,,对,全国12315平台支持网上投诉。',
    ].join('\n');
    const res = await importFile('csv', csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('QUIZ_IMPORT_INVALID');
    expect(res.json().fields).toEqual({ '第3行.answer': '多选题至少需要 2 个正确答案，现有 1 个' });
    expect(await bankSize()).toBe(before);
  });

  it('names every problem of every row, each under its column, and writes nothing', async () => {
    const before = await bankSize();
    const csv = [
      HEADER,
      // Four things wrong in one row: type, difficulty, a gap before option C, the answer letter.
      'imp-9,填空,识假辨假,食品标签,很难,预包装食品标签上必须标注的是？,生产日期,,明星代言,,X,解析。',
      // Three more in the next: the id, the topic and an empty explanation.
      'Bad Id,单选,假冒伪劣,食品标签,1,哪一项是对的？,甲,乙,,,A,',
      'imp-10,单选,识假辨假,食品标签,1,这一行没有问题？,是,否,,,A,解析。',
      // The bank's rules too: a 单选 with two answers, on top of a stem too long.
      `imp-11,单选,识假辨假,食品标签,1,${'长'.repeat(201)},甲,乙,,,AB,解析。`,
    ].join('\n');
    const res = await importFile('csv', csv, true);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('QUIZ_IMPORT_INVALID');
    expect(res.json().message).toBe('3 行有误（共 9 处），未导入任何题目');
    const fields = res.json().fields as Record<string, string>;
    expect(Object.keys(fields)).toEqual([
      '第2行.type',
      '第2行.difficulty',
      '第2行.B',
      '第2行.answer',
      '第3行.id',
      '第3行.topic',
      '第3行.explanation',
      '第5行.stem',
      '第5行.answer',
    ]);
    expect(fields).toMatchObject({
      '第2行.type': '「填空」应为 单选、多选、判断',
      '第2行.difficulty': '「很难」应为 1、2、3 或 易、中、难',
      '第2行.B': '为空，但后面还有选项',
      '第2行.answer': '「X」应为正确选项的字母，如 A 或 AC',
      '第3行.id': '「Bad Id」只能用小写字母、数字和 -，最长40个字符，如 q201',
      '第3行.topic': '「假冒伪劣」应为 识假辨假、消费者权益、投诉维权 之一',
      '第3行.explanation': '不能为空',
      '第5行.stem': '最多200个字符',
      '第5行.answer': '单选题只能有 1 个正确答案，现有 2 个',
    });
    expect(await bankSize()).toBe(before);
  });

  it('imports good CSV (判断 with 对/错), counts on a rerun, and previews without writing', async () => {
    const csv = [
      HEADER,
      'imp-1,单选,识假辨假,食品标签,1,预包装食品标签上必须标注的是？,生产日期,广告语,明星代言,促销价,A,食品安全法规定标签应标明生产日期和保质期等。',
      '"imp-2",多选,消费者权益,九项权利,2,"下列哪些是消费者的权利？",安全权,知情权,垄断权,,"A,B",第七条安全权、第八条知情权。',
      'imp-3,判断,投诉维权,12315,易,12315可以在网上投诉。,,,,,对,全国12315平台支持网上投诉。',
    ].join('\r\n');
    const before = await bankSize();
    const preview = await importFile('csv', csv, true);
    expect(preview.json<ImportResult>()).toEqual({
      dryRun: true,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(await bankSize()).toBe(before);

    const done = await importFile('csv', csv);
    expect(done.json<ImportResult>()).toMatchObject({ dryRun: false, created: 3 });
    expect(await bankSize()).toBe(before + 3);
    const tf = (
      await t.app.inject({ method: 'GET', url: '/api/v1/quiz/questions/imp-3', ...as(staff.token) })
    ).json<StaffQuestion>();
    expect(tf).toMatchObject({
      type: 'true-false',
      difficulty: 1,
      answer: ['A'],
      options: [
        { key: 'A', text: '对' },
        { key: 'B', text: '错' },
      ],
    });

    expect((await importFile('csv', csv)).json<ImportResult>()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('imports JSON, updating existing ids, and names bad entries', async () => {
    const q001 = questions.find((q) => q.id === 'q001')!;
    const good = [
      { ...q001, explanation: `${q001.explanation}（已更新）` },
      { ...body(), id: 'json-1' },
    ];
    const res = await importFile('json', JSON.stringify(good));
    expect(res.json<ImportResult>()).toMatchObject({ created: 1, updated: 1, unchanged: 0 });

    const bad = await importFile(
      'json',
      JSON.stringify([{ ...body(), id: 'json-2' }, { ...body(), id: 'json-2' }, { id: 'x' }]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({
      '第2题.id': '编号 json-2 与第1题重复',
      '第3题.type': '必填，应为 single、multiple、true-false（单选、多选、判断）',
      '第3题.topic': '必填，应为 识假辨假、消费者权益、投诉维权 之一',
      '第3题.subtopic': '必填',
      '第3题.difficulty': '必填，应为 1、2 或 3（易、中、难）',
      '第3题.stem': '必填',
      '第3题.options': '必填',
      '第3题.answer': '必填，应为正确选项字母的数组，如 ["A"] 或 ["A","C"]',
      '第3题.explanation': '必填',
    });
    const many = await importFile(
      'json',
      JSON.stringify([
        {
          ...body(),
          id: 'json-3',
          difficulty: 5,
          options: [
            { key: 'A', text: '' },
            { key: 'B', text: '乙' },
            { key: 'C', text: 'x'.repeat(101) },
          ],
          note: '多余',
        },
      ]),
    );
    expect(many.json().fields).toEqual({
      '第1题.difficulty': '「5」应为 1、2 或 3（易、中、难）',
      '第1题.A': '不能为空',
      '第1题.C': '最多100个字符',
      '第1题.note': '不是题目的字段，请删除',
    });
    const notArray = await importFile('json', '{"id":1}');
    expect(notArray.json()).toMatchObject({ code: 'QUIZ_IMPORT_MALFORMED' });
    const header = await importFile('csv', 'id,stem\nx,y');
    expect(header.json().message).toContain('表头缺少列');
  });
});

describe('题目纠错 queue', () => {
  it('lists open reports with the question; staff resolve them once', async () => {
    const reporter = await loginConsumer(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/question-reports',
      ...as(reporter.token),
      payload: { questionId: 'q010', message: '答案似乎不对，请核实' },
    });
    const id = created.json().id as string;

    const queue = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/quiz/question-reports',
        ...as(staff.token),
      })
    ).json<ReportPage>();
    const item = queue.items.find((r) => r.id === id)!;
    expect(item).toMatchObject({
      questionId: 'q010',
      message: '答案似乎不对，请核实',
      status: 'open',
      question: { id: 'q010', answer: expect.any(Array) },
    });
    expect(item.reporterNickname).toBeTruthy();
    const q010 = (
      await t.app.inject({ method: 'GET', url: '/api/v1/quiz/questions/q010', ...as(staff.token) })
    ).json<StaffQuestion>();
    expect(q010.openReports).toBe(1);

    const resolve = (status: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/quiz/question-reports/${id}/resolution`,
        ...as(staff.token),
        payload: { status, note: '已核对，答案无误' },
      });
    const done = await resolve('dismissed');
    expect(done.json<QuestionReport>()).toMatchObject({
      status: 'dismissed',
      note: '已核对，答案无误',
    });
    expect((await resolve('fixed')).statusCode).toBe(409);

    const open = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/quiz/question-reports',
        ...as(staff.token),
      })
    ).json<ReportPage>();
    expect(open.items.map((r) => r.id)).not.toContain(id);
    const dismissed = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/quiz/question-reports?status=dismissed',
        ...as(staff.token),
      })
    ).json<ReportPage>();
    expect(dismissed.items.map((r) => r.id)).toContain(id);
  });
});

describe('a topic with no drawable questions', () => {
  it('fills a balanced paper from the other topics and refuses a paper of that topic alone', async () => {
    const retire = async (retired: number) => {
      await t.db.db
        .updateTable('quiz_questions')
        .set({ retired, updated_at: new Date().toISOString() })
        .where('topic', '=', '投诉维权')
        .execute();
      await bumpVersion(t.db.db, 'quiz-bank');
    };
    const retiredBefore = await t.db.db
      .selectFrom('quiz_questions')
      .select('id')
      .where('topic', '=', '投诉维权')
      .where('retired', '=', 1)
      .execute();
    await retire(1);
    try {
      const user = await loginConsumer(t.app);
      const status = async () =>
        (
          await t.app.inject({ method: 'GET', url: '/api/v1/quiz/me', ...as(user.token) })
        ).json<QuizStatus>();
      expect((await status()).topics.find((x) => x.topic === '投诉维权')?.questions).toBe(0);
      const paper = await drawPaper(t, user.token);
      expect(paper.questions).toHaveLength(10);
      expect(paper.questions.some((q) => q.topic === '投诉维权')).toBe(false);
      const perTopic = new Map<string, number>();
      for (const q of paper.questions) perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
      expect([...perTopic.values()].sort()).toEqual([5, 5]);

      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/quiz/papers',
        ...as(user.token),
        payload: { topic: '投诉维权' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'QUIZ_BANK_EMPTY' });
      // A refused draw does not use one of the day's papers.
      expect((await status()).usedToday).toBe(1);
    } finally {
      await retire(0);
      if (retiredBefore.length > 0) {
        await t.db.db
          .updateTable('quiz_questions')
          .set({ retired: 1 })
          .where(
            'id',
            'in',
            retiredBefore.map((r) => r.id),
          )
          .execute();
        await bumpVersion(t.db.db, 'quiz-bank');
      }
    }
  });
});
