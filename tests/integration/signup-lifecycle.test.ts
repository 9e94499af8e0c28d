import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as approveSignup } from '../../functions/handlers/signups/approve-signup';
import { handler as bulkApprove } from '../../functions/handlers/signups/bulk-approve';
import { handler as checkIn } from '../../functions/handlers/signups/check-in';
import { handler as completeSignup } from '../../functions/handlers/signups/complete-signup';
import { handler as disputeSignup } from '../../functions/handlers/signups/dispute-signup';
import { handler as resolveDispute } from '../../functions/handlers/signups/resolve-dispute';
import { handler as staffSignups } from '../../functions/handlers/signups/staff-signups';
import { handler as mySignups } from '../../functions/handlers/signups/my-signups';
import { handler as jobApplicants } from '../../functions/handlers/signups/job-applicants';
import { handler as employerJobs } from '../../functions/handlers/signups/employer-jobs';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { handler as readNotifications } from '../../functions/handlers/signups/read-notifications';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { handler as getJob } from '../../functions/handlers/jobs/get-job';
import { sweepDueWork } from '../../functions/handlers/scheduled/sweep-due-work';
import { offset, putJob, putResident } from './fixtures';
import { invoke } from './invoke';

const HOUR = 3600_000;
const DONGSHAN = { lat: 37.505, lng: 122.115 };
const iso = (ms: number) => new Date(ms).toISOString();
const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;

describe('a gig from 报名 to 完成', () => {
  const jobId = 'flow-job';
  let resident: string;
  let staff: string;
  let employer: string;
  let signupId: string;

  beforeAll(async () => {
    // starts in an hour, so the check-in desk (opens 2 h before) is already open
    await putJob(jobId, offset(DONGSHAN, 50), { title: '社区活动搭台', startsAt: iso(Date.now() + HOUR), endsAt: iso(Date.now() + 3 * HOUR), headcount: 2, headcountLeft: 2 });
    resident = await putResident('user-flow', { name: '孙大姐', phone: '13900001234' });
    [staff, employer] = await Promise.all([login('staff-community'), login('employer-haiyue')]);
  });

  it('报名 → 待审核, with no contact or code yet, and the employer sees only a masked phone', async () => {
    const created = await invoke(createSignup, { token: resident, params: { jobId } });
    expect(created.status).toBe(201);
    signupId = created.body.id;
    expect(created.body).toMatchObject({ status: 'pending', statusLabel: '待审核', checkInCode: null, employerContact: null, canCancel: true });
    const detail = await invoke(getJob, { token: resident, params: { jobId } });
    expect(detail.body.mySignup).toEqual({ id: signupId, status: 'pending', statusLabel: '待审核', waitlistPosition: null });
    expect((await invoke(getJob, { params: { jobId } })).body.mySignup).toBeNull();
    const applicants = await invoke(jobApplicants, { token: employer, params: { jobId } });
    expect(applicants.body.items[0].worker.phone).toBe('139****1234');
  });

  it('staff see it in their 待审核 queue with the resident’s masked facts; district and city staff see it too', async () => {
    for (const persona of ['staff-community', 'staff-street', 'staff-district', 'staff-city']) {
      const token = persona === 'staff-community' ? staff : await login(persona);
      let found: { resident: { phone: string; noShowCount: number } } | undefined;
      let cursor: string | undefined;
      do {
        const page = await invoke(staffSignups, { token, query: { status: 'pending', limit: '50', ...(cursor ? { cursor } : {}) } });
        expect(page.status).toBe(200);
        found = page.body.items.find((item: { id: string }) => item.id === signupId) ?? found;
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor && !found);
      expect(found).toBeDefined();
      expect(found!.resident.phone).toBe('139****1234');
    }
    const village = await invoke(staffSignups, { token: await login('staff-village'), query: { status: 'pending' } });
    expect(village.body.items.find((item: { id: string }) => item.id === signupId)).toBeUndefined();
    const outside = await invoke(staffSignups, { token: await login('staff-village'), query: { division: '371002002001' } });
    expect(outside.status).toBe(403);
  });

  it('approval reveals the employer’s contact and a check-in code to the resident, and the full phone to the employer', async () => {
    const approved = await invoke(approveSignup, { token: staff, params: { signupId } });
    expect(approved.status).toBe(200);
    const mine = (await invoke(mySignups, { token: resident })).body.items[0];
    expect(mine.status).toBe('approved');
    expect(mine.checkInCode).toMatch(/^\d{6}$/);
    expect(mine.employerContact).toEqual({ name: '刘海燕', phone: '13906310011' });
    const applicants = await invoke(jobApplicants, { token: employer, params: { jobId } });
    expect(applicants.body.items[0]).toMatchObject({ status: 'approved', canCheckIn: true, worker: { phone: '13900001234' } });
    const inbox = await invoke(myNotifications, { token: resident });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'approved', title: '报名审核通过' });
    expect((await invoke(approveSignup, { token: staff, params: { signupId } })).status).toBe(409);
  });

  it('check-in needs the code on the resident’s phone', async () => {
    const { checkInCode } = (await invoke(mySignups, { token: resident })).body.items[0];
    const wrongCode = String((Number(checkInCode) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await invoke(checkIn, { token: employer, params: { signupId }, body: { code: wrongCode } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('CHECK_IN_CODE_WRONG');
    const other = await invoke(checkIn, { token: await login('employer-xinyuan'), params: { signupId }, body: { code: checkInCode } });
    expect(other.status).toBe(403);
    const ok = await invoke(checkIn, { token: employer, params: { signupId }, body: { code: checkInCode } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'checked_in', canConfirm: true });
    expect((await invoke(mySignups, { token: resident })).body.items[0]).toMatchObject({ status: 'checked_in', checkInCode: null, canConfirm: true });
  });

  it('both sides confirm → 已完成, counted on the resident’s record', async () => {
    const first = await invoke(completeSignup, { token: employer, params: { signupId } });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('checked_in');
    expect(first.body.employerConfirmedAt).not.toBeNull();
    const second = await invoke(completeSignup, { token: resident, params: { signupId } });
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('completed');
    expect(second.body.history.map((e: { status: string }) => e.status)).toEqual(['pending', 'approved', 'checked_in', 'completed']);
    const done = await invoke(staffSignups, { token: staff, query: { status: 'completed' } });
    expect(done.body.items.find((i: { id: string }) => i.id === signupId).resident.completedCount).toBe(1);
  });

  it('未结清工资 goes to the staff queue and the resolution back to the resident', async () => {
    const disputed = await invoke(disputeSignup, { token: resident, params: { signupId }, body: { note: '说好当天结 150 元，还没给' } });
    expect(disputed.status).toBe(200);
    expect(disputed.body.dispute).toMatchObject({ status: 'open', note: '说好当天结 150 元，还没给' });
    expect((await invoke(disputeSignup, { token: resident, params: { signupId }, body: { note: '再次反映' } })).status).toBe(409);
    const queue = await invoke(staffSignups, { token: staff, query: { status: 'disputed' } });
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(signupId);
    const resolved = await invoke(resolveDispute, { token: staff, params: { signupId }, body: { resolution: '已联系用工单位，当天补发' } });
    expect(resolved.status).toBe(200);
    expect(resolved.body.dispute.status).toBe('resolved');
    const after = await invoke(staffSignups, { token: staff, query: { status: 'disputed' } });
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(signupId);
    const inbox = await invoke(myNotifications, { token: resident });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'dispute_resolved' });
    expect(inbox.body.unreadCount).toBeGreaterThan(0);
    await invoke(readNotifications, { token: resident });
    expect((await invoke(myNotifications, { token: resident })).body.unreadCount).toBe(0);
  });

  it('the employer finds the job in 我的岗位', async () => {
    const { body } = await invoke(employerJobs, { token: employer, query: { limit: '100' } });
    expect(body.items.find((j: { id: string }) => j.id === jobId)).toMatchObject({ headcount: 2, headcountLeft: 1 });
  });
});

describe('after the gig: 缺勤 and 已过期', () => {
  it('an approved worker never checked in becomes 缺勤; a pending one expires; the sweeper is safe to run twice', async () => {
    const start = Date.now() + 30 * 60_000;
    await putJob('noshow-job', offset(DONGSHAN, 80), { startsAt: iso(start), endsAt: iso(start + HOUR), headcount: 2, headcountLeft: 2 });
    const absent = await putResident('user-absent');
    const unreviewed = await putResident('user-unreviewed');
    const a = (await invoke(createSignup, { token: absent, params: { jobId: 'noshow-job' } })).body.id;
    expect((await invoke(createSignup, { token: unreviewed, params: { jobId: 'noshow-job' } })).status).toBe(201);
    const staff = await login('staff-community');
    expect((await invoke(bulkApprove, { token: staff, body: { signupIds: [a, 'missing-id'] } })).body).toMatchObject({ approved: [a], failed: [{ id: 'missing-id', code: 'SIGNUP_NOT_FOUND' }] });

    const beforeDeadline = await sweepDueWork(start + HOUR + 2 * HOUR - 1000);
    expect((await invoke(mySignups, { token: absent })).body.items[0].status).toBe('approved');
    const afterDeadline = start + HOUR + 2 * HOUR + 1000;
    const swept = await sweepDueWork(afterDeadline);
    expect(swept.failed).toBe(0);
    expect(swept.handled).toBeGreaterThanOrEqual(2);
    expect(beforeDeadline.failed).toBe(0);
    expect((await invoke(mySignups, { token: absent })).body.items[0].status).toBe('no_show');
    expect((await invoke(mySignups, { token: unreviewed })).body.items[0].status).toBe('expired');
    expect((await invoke(myNotifications, { token: absent })).body.items.map((n: { kind: string }) => n.kind)).toContain('no_show');
    await sweepDueWork(afterDeadline);
    const noShows = await invoke(staffSignups, { token: staff, query: { status: 'no_show' } });
    expect(noShows.body.items.find((i: { id: string }) => i.id === a).resident.noShowCount).toBe(1);
  });
});

describe('my data and 注销 with sign-ups', () => {
  it('export lists my sign-ups and messages; 注销 cancels open sign-ups (the seat goes to the next in line) and erases my inbox', async () => {
    const { handler: exportMyData } = await import('../../functions/handlers/profile/export-my-data');
    const { handler: deleteMe } = await import('../../functions/handlers/profile/delete-me');
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const { ddb } = await import('../../functions/commons/dynamo');
    await putJob('leaving-job', offset(DONGSHAN, 90), { headcount: 1, headcountLeft: 1 });
    const leaving = await putResident('user-leaving');
    const next = await putResident('user-next');
    const seat = (await invoke(createSignup, { token: leaving, params: { jobId: 'leaving-job' } })).body;
    const queued = (await invoke(createSignup, { token: next, params: { jobId: 'leaving-job' } })).body;
    expect([seat.status, queued.status]).toEqual(['pending', 'waitlisted']);

    const exported = await invoke(exportMyData, { token: leaving });
    expect(exported.status).toBe(200);
    expect(exported.body.signups.map((s: { id: string }) => s.id)).toEqual([seat.id]);

    expect((await invoke(deleteMe, { token: leaving })).status).toBe(200);
    expect((await invoke(mySignups, { token: next })).body.items[0]).toMatchObject({ id: queued.id, status: 'pending' });
    const { Items } = await ddb().send(new QueryCommand({ TableName: process.env.TABLE_NAME, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'USER#user-leaving' } }));
    expect(Items).toEqual([]);
  });
});

describe('what the review found', () => {
  it('an employer does not read staff’s rejection reason; the resident does', async () => {
    await putJob('note-job', offset(DONGSHAN, 95));
    const resident = await putResident('user-note');
    const id = (await invoke(createSignup, { token: resident, params: { jobId: 'note-job' } })).body.id;
    const { handler: rejectSignup } = await import('../../functions/handlers/signups/reject-signup');
    await invoke(rejectSignup, { token: await login('staff-community'), params: { signupId: id }, body: { reason: '居民有慢性病，不适合体力活' } });
    const applicants = await invoke(jobApplicants, { token: await login('employer-haiyue'), params: { jobId: 'note-job' } });
    expect(JSON.stringify(applicants.body)).not.toContain('慢性病');
    expect(JSON.stringify((await invoke(mySignups, { token: resident })).body)).toContain('慢性病');
  });

  it('tapping 报名 again on a full gig you hold a seat on says 已报名, not 已满', async () => {
    await putJob('one-seat', offset(DONGSHAN, 97), { headcount: 1, headcountLeft: 1, waitlistEnabled: false });
    const resident = await putResident('user-one-seat');
    expect((await invoke(createSignup, { token: resident, params: { jobId: 'one-seat' } })).status).toBe(201);
    const again = await invoke(createSignup, { token: resident, params: { jobId: 'one-seat' } });
    expect(again.body.error.code).toBe('ALREADY_SIGNED_UP');
  });

  it('a sign-up to a long-term post is not expired by the sweeper while the post runs', async () => {
    await putJob('long-post', offset(DONGSHAN, 99), { type: '全职', startsAt: iso(Date.now() - 2 * 24 * HOUR), endsAt: iso(Date.now() + 30 * 24 * HOUR) });
    const resident = await putResident('user-long');
    expect((await invoke(createSignup, { token: resident, params: { jobId: 'long-post' } })).status).toBe(201);
    // this sweep also works through every other test's timers due by then, hence the longer timeout
    await sweepDueWork(Date.now() + 3 * 24 * HOUR);
    expect((await invoke(mySignups, { token: resident })).body.items[0].status).toBe('pending');
  }, 120_000);

  it('a hand-edited cursor is a 400, not a 500', async () => {
    const forged = Buffer.from(JSON.stringify({ PK: 'SIGNUP#x', SK: 'SIGNUP', GSI1PK: 'MYSIGNUPS#someone-else', GSI1SK: 'x' })).toString('base64url');
    const page = await invoke(mySignups, { token: await putResident('user-cursor'), query: { cursor: forged } });
    expect(page.status).toBe(400);
  });
});
