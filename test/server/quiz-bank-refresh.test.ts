import type { QuestionBody, StaffQuestion } from '@api/quiz';
import { refreshBuiltInQuestions } from '../../server/src/features/quiz/bank/built-in-repository';
import { questions } from '../../server/src/features/quiz/bank/questions';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';

// A database seeded before a correction keeps the old text: the seed only inserts missing ids.
// refreshBuiltInQuestions brings untouched built-in rows up to date and leaves staff edits alone.

let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

const OLD_Q076 = {
  stem: '经营者履行退货义务时，应当按照发票等购货凭证上显示的价格一次性退清款项。',
  explanation: '消费者权益保护法实施条例第十八条有此规定，商家不能按折旧价退款，也不能分期退。',
};

const row = (id: string) =>
  t.db.db
    .selectFrom('quiz_questions')
    .select(['stem', 'explanation', 'options', 'updated_by'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

const builtIn = (id: string) => questions.find((q) => q.id === id)!;

describe('refreshBuiltInQuestions', () => {
  it('changes nothing on a freshly seeded bank', async () => {
    expect(await refreshBuiltInQuestions(t.db.db, questions, new Date().toISOString())).toEqual([]);
  });

  it('corrects untouched built-in rows and keeps what staff edited', async () => {
    // q076 as an older release seeded it; q010 edited by staff through the API.
    await t.db.db.updateTable('quiz_questions').set(OLD_Q076).where('id', '=', 'q076').execute();
    const q010 = builtIn('q010');
    const staffText = '本县说明：QS标志已停用，请认准SC编号。';
    const q010Body: QuestionBody = { ...q010 };
    delete q010Body.id;
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/quiz/questions/q010',
      headers: bearer(staff.token),
      payload: { ...q010Body, explanation: staffText },
    });
    expect(put.json<StaffQuestion>().explanation).toBe(staffText);

    const changed = await refreshBuiltInQuestions(t.db.db, questions, new Date().toISOString());
    expect(changed).toEqual(['q076']);
    const q076 = await row('q076');
    expect(q076.stem).toBe(builtIn('q076').stem);
    expect(q076.explanation).toBe(builtIn('q076').explanation);
    expect(q076.updated_by).toBeNull();
    const kept = await row('q010');
    expect(kept.explanation).toBe(staffText);
    expect(kept.updated_by).not.toBeNull();

    // Idempotent: a second start changes nothing.
    expect(await refreshBuiltInQuestions(t.db.db, questions, new Date().toISOString())).toEqual([]);
  });
});
