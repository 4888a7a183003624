import type { AdvisoryContent, AdvisoryCreated } from '@api/advisories';
import type { CampaignDetail, StaffCampaign, StaffCampaignList } from '@api/campaigns';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { campaignCalls, campaignContent, shanghaiMorning } from './support/campaigns';
import { upload } from './support/merchants';

/** Staff campaigns: the workflow, validation, linked advisories and covers. */

let t: TestApp;
let staff: { token: string; user: { id: string } };
let colleague: { token: string; user: { id: string } };
let consumer: { token: string };

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false' },
    now: () => shanghaiMorning('2027-03-10'),
  });
  staff = await loginStaff(t, 'staff', 'wang_campaigns');
  colleague = await loginStaff(t, 'staff', 'zhao_colleague');
  consumer = await loginConsumer(t.app);
});
afterAll(() => t.close());

const { as, get, create, edit, move, created, published, active } = campaignCalls(
  () => t,
  () => staff.token,
);
let advisoryKey = 0;

const audits = (id: string) =>
  t.db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('target_type', '=', 'campaign')
    .where('target_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

describe('staff campaigns', () => {
  it('a draft is 404 publicly until published; withdrawn is 404 again; both audited', async () => {
    const id = await created();
    expect((await get(`/campaigns/${id}`)).statusCode).toBe(404);
    expect((await active()).map((c) => c.id)).not.toContain(id);

    const pub = await move(id, { action: 'publish' }, colleague.token);
    expect(pub.statusCode).toBe(200);
    expect(pub.json<StaffCampaign>()).toMatchObject({
      status: 'published',
      createdByName: 'wang_campaigns',
    });
    const detail = (await get(`/campaigns/${id}`)).json<CampaignDetail>();
    expect(detail).toMatchObject({
      phase: 'active',
      summary: '校园周边小卖部和小餐饮：“三无”食品、过期食品。',
    });
    expect((await active()).map((c) => c.id)).toContain(id);

    const noReason = await move(id, { action: 'withdraw', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    const withdrawn = await move(id, { action: 'withdraw', reason: '与县局文件重复' });
    expect(withdrawn.json<StaffCampaign>()).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: '与县局文件重复',
    });
    expect((await get(`/campaigns/${id}`)).statusCode).toBe(404);
    expect((await move(id, { action: 'withdraw', reason: '再撤一次' })).statusCode).toBe(409);

    const log = await audits(id);
    expect(log.map((a) => [a.action, a.actor_id])).toEqual([
      ['campaign.create', staff.user.id],
      ['campaign.publish', colleague.user.id],
      ['campaign.withdraw', staff.user.id],
    ]);
    expect(JSON.parse(log[2].detail ?? '{}')).toMatchObject({ reason: '与县局文件重复' });

    const list = (
      await get('/campaigns/manage?status=withdrawn', staff.token)
    ).json<StaffCampaignList>();
    expect(list.items.map((c) => c.id)).toContain(id);
  });

  it('refuses bad content with Chinese messages per field, and writes nothing', async () => {
    const before = await t.db.db.selectFrom('campaigns').select('id').execute();
    const backwards = await create(
      campaignContent({ periodFrom: '2027-05-01', periodTo: '2027-04-30' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields).toEqual({ periodTo: '结束日期不能早于开始日期' });
    const tooLong = await create(
      campaignContent({ periodFrom: '2027-01-01', periodTo: '2028-01-02' }),
    );
    expect(tooLong.json().fields).toEqual({ periodTo: '整治期限不能超过366天' });
    const fullYear = await create(
      campaignContent({ periodFrom: '2027-01-01', periodTo: '2027-12-31' }),
    );
    expect(fullYear.statusCode).toBe(201);
    const badLaw = await create(
      campaignContent({ legalBasis: [{ law: '产品质量法', article: '第3条' }] }),
    );
    expect(badLaw.json().fields).toEqual({
      'legalBasis.0': expect.stringContaining('条款格式不正确'),
    });
    const blank = await create(campaignContent({ name: '  名 ', targets: '          短' }));
    expect(blank.json().fields).toMatchObject({ targets: '整治重点至少10个字' });

    const after = await t.db.db.selectFrom('campaigns').select('id').execute();
    expect(after.length).toBe(before.length + 1);
  });

  it('links only published advisories, and shows only those still public', async () => {
    const advisory: AdvisoryContent = {
      kind: '提示',
      title: '春耕农资选购提示',
      body: '购买化肥种子请认准登记证号，保存好票据。',
      images: [],
      category: '农资',
      issuer: '青山县市场监督管理局',
      legalBasis: [],
    };
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advisories',
      payload: advisory,
      headers: { ...bearer(staff.token), 'idempotency-key': `adv-${advisoryKey++}` },
    });
    expect(draft.statusCode).toBe(201);
    const advisoryId = draft.json<AdvisoryCreated>().id;

    const refused = await create(campaignContent({ advisoryIds: [advisoryId] }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual({ 'advisoryIds.0': '只能关联已发布的消费提示/警示' });

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/advisories/${advisoryId}/transitions`,
      payload: { action: 'submit' },
      ...as(staff.token),
    });
    const pub = await t.app.inject({
      method: 'POST',
      url: `/api/v1/advisories/${advisoryId}/transitions`,
      payload: { action: 'publish' },
      ...as(colleague.token),
    });
    expect(pub.statusCode).toBe(200);
    const id = await published(campaignContent({ advisoryIds: [advisoryId] }));
    expect(
      (await get(`/campaigns/${id}`)).json<CampaignDetail>().advisories.map((a) => a.title),
    ).toEqual(['春耕农资选购提示']);

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/advisories/${advisoryId}/transitions`,
      payload: { action: 'unpublish', reason: '已过季' },
      ...as(staff.token),
    });
    expect((await get(`/campaigns/${id}`)).json<CampaignDetail>().advisories).toEqual([]);
  });
});

describe('covers', () => {
  it('only staff upload covers; a cover must be the caller’s own campaign upload', async () => {
    // Refused before the body is read: a broken body would otherwise be a 400.
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?purpose=campaign',
      headers: {
        ...bearer(consumer.token),
        'content-type': 'multipart/form-data; boundary=x',
      },
      payload: '--x\r\nbroken',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只有工作人员可以上传专项整治封面');

    const evidence = await upload(t, staff.token, 'evidence');
    const wrongPurpose = await create(campaignContent({ cover: evidence.id }));
    expect(wrongPurpose.statusCode).toBe(400);
    expect(wrongPurpose.json().fields).toEqual({ cover: '请使用您本人为专项整治上传的封面图' });
    const othersCover = await upload(t, colleague.token, 'campaign');
    expect((await create(campaignContent({ cover: othersCover.id }))).json().fields).toHaveProperty(
      'cover',
    );

    const cover = await upload(t, staff.token, 'campaign');
    const id = await created(campaignContent({ cover: cover.id }));
    // A colleague may edit it and keep the cover they did not upload.
    const kept = await edit(
      id,
      campaignContent({ cover: cover.id, name: '校园周边食品安全专项检查（修订）' }),
      colleague.token,
    );
    expect(kept.statusCode).toBe(200);
    const url = kept.json<StaffCampaign>().cover?.url ?? '';
    expect(url).toBe(`/api/v1/campaigns/${id}/cover?v=${cover.id}`);

    // A draft's cover: staff only.
    expect((await get(url.replace('/api/v1', ''))).statusCode).toBe(404);
    expect((await get(url.replace('/api/v1', ''), consumer.token)).statusCode).toBe(404);
    const staffRead = await get(url.replace('/api/v1', ''), staff.token);
    expect(staffRead.statusCode).toBe(200);
    expect(staffRead.headers['cache-control']).toBe('private, no-store');

    expect((await move(id, { action: 'publish' })).statusCode).toBe(200);
    const card = (await active()).find((c) => c.id === id);
    expect(card?.cover?.url).toBe(url);
    const publicRead = await get(url.replace('/api/v1', ''));
    expect(publicRead.statusCode).toBe(200);
    expect(publicRead.headers['content-type']).toBe('image/jpeg');
    expect(publicRead.headers['cache-control']).toBe('public, max-age=86400');
    expect(publicRead.rawPayload.equals(staffRead.rawPayload)).toBe(true);

    const none = await published();
    expect((await get(`/campaigns/${none}/cover`)).statusCode).toBe(404);
  });
});
