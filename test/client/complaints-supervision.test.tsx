import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Supervision } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { detail, sessionFor } from './support/complaints-fixtures';
import ComplaintDetailPage from '@/features/complaints/pages/detail/index';
import { session } from '@/services/session';

const COMPLAINT = detail({ status: 'mediating', mediationDeadline: '2026-03-30' });
const ID = COMPLAINT.id;
const NOTE = '涉及老年消费者，请优先调解';
const SUPERVISION: Supervision = {
  complaintId: ID,
  supervisorId: '01JUSERSTAFF00000000000000',
  supervisorName: '赵局长',
  note: NOTE,
  since: '2026-03-14T02:00:00.000Z',
};

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
});

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const noteArea = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>('.reason-dialog textarea');
    if (!found) throw new Error('no dialog');
    return found;
  });
const NOT_SUPERVISED = ok(null);

function serve(first: unknown = NOT_SUPERVISED) {
  const sent: { method: string; data: unknown }[] = [];
  const { calls } = fakeApi({
    [`GET /complaints/${ID}`]: ok(COMPLAINT),
    [`GET /complaints/${ID}/supervision`]: first as never,
    [`PUT /complaints/${ID}/supervision`]: (options) => {
      sent.push({ method: 'PUT', data: options.data });
      return ok({ ...SUPERVISION, note: (options.data as { note: string }).note });
    },
    [`DELETE /complaints/${ID}/supervision`]: () => {
      sent.push({ method: 'DELETE', data: undefined });
      return { statusCode: 204, data: '' };
    },
  });
  return { sent, calls };
}

describe('督办 on the staff complaint detail', () => {
  test('staff mark an open complaint with a note and see who supervises it since when', async () => {
    session.save(sessionFor('staff'));
    const { sent } = serve();
    render(<ComplaintDetailPage />);
    fireEvent.click(await screen.findByText('督办'));
    const note = await noteArea();
    fireEvent.input(note, { target: { value: '急' } });
    expect(await screen.findByText('请填写督办意见（至少2个字）')).toBeTruthy();
    expect(button('确认督办').className).toContain('disabled');

    fireEvent.input(note, { target: { value: NOTE } });
    fireEvent.click(button('确认督办'));
    await waitFor(() => expect(sent).toEqual([{ method: 'PUT', data: { note: NOTE } }]));
    expect(await screen.findByText('督办中')).toBeTruthy();
    expect(screen.getByText(`督办意见：${NOTE}`)).toBeTruthy();
    expect(screen.getByText('赵局长')).toBeTruthy();
    expect(screen.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}起督办$/)).toBeTruthy();
  });

  test('取消督办 asks first, then lifts it', async () => {
    session.save(sessionFor('staff'));
    const { sent } = serve(ok(SUPERVISION));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText(`督办意见：${NOTE}`)).toBeTruthy();
    fireEvent.click(screen.getByText('取消督办'));
    fireEvent.click(await waitFor(() => button('确定')));
    await waitFor(() => expect(sent).toEqual([{ method: 'DELETE', data: undefined }]));
    expect(await screen.findByText('督办')).toBeTruthy();
    expect(screen.queryByText('督办中')).toBeNull();
  });

  test('a complaint that cannot be read says so instead of offering 督办', async () => {
    session.save(sessionFor('staff'));
    serve(fail(404, 'COMPLAINT_NOT_FOUND', '投诉不存在'));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('投诉不存在')).toBeTruthy();
    expect(screen.queryByText('督办中')).toBeNull();
  });

  test('a refusal is said on the page', async () => {
    session.save(sessionFor('staff'));
    fakeApi({
      [`GET /complaints/${ID}`]: ok(COMPLAINT),
      [`GET /complaints/${ID}/supervision`]: NOT_SUPERVISED,
      [`PUT /complaints/${ID}/supervision`]: fail(403, 'FORBIDDEN', '只有带班领导可以督办'),
    });
    render(<ComplaintDetailPage />);
    fireEvent.click(await screen.findByText('督办'));
    const note = await noteArea();
    fireEvent.input(note, { target: { value: NOTE } });
    fireEvent.click(button('确认督办'));
    expect(await screen.findByText('只有带班领导可以督办')).toBeTruthy();
  });

  test('the merchant sees no 督办 and nothing is asked about it', async () => {
    session.save(sessionFor('merchant'));
    const { calls } = serve(ok(SUPERVISION));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText(COMPLAINT.merchantName)).toBeTruthy();
    expect(screen.queryByText('督办中')).toBeNull();
    expect(calls).not.toContain(`GET /complaints/${ID}/supervision`);
  });
});
