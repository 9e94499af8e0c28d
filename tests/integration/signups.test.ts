import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as cancelSignup } from '../../functions/handlers/signups/cancel-signup';
import { handler as rejectSignup } from '../../functions/handlers/signups/reject-signup';
import { handler as approveSignup } from '../../functions/handlers/signups/approve-signup';
import { handler as mySignups } from '../../functions/handlers/signups/my-signups';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { handler as jobApplicants } from '../../functions/handlers/signups/job-applicants';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { offset, putJob, putResident } from './fixtures';
import { invoke } from './invoke';

const HOUR = 3600_000;
const DONGSHAN = { lat: 37.51, lng: 122.12 };
const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;
const signUp = (token: string, jobId: string, idempotencyKey?: string) =>
  invoke(createSignup, { token, params: { jobId }, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });

async function jobCounters(jobId: string) {
  const { Item } = await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.job(jobId), ConsistentRead: true }));
  return { headcountLeft: Item!.headcountLeft as number, waitlistCount: (Item!.waitlistCount ?? 0) as number };
}

async function waitlistIds(jobId: string): Promise<string[]> {
  const { Items } = await ddb().send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :w)',
      ExpressionAttributeValues: { ':pk': keys.job(jobId).PK, ':w': 'WAIT#' },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).map((item) => item.bookingId as string);
}

describe('200 concurrent sign-ups for a 10-slot gig', () => {
  const jobId = 'rush-10';
  const tokens: string[] = [];
  const results: { status: number; body: { id: string; status: string; waitlistPosition: number | null } }[] = [];

  beforeAll(async () => {
    await putJob(jobId, offset(DONGSHAN, 100), { headcount: 10, headcountLeft: 10 });
    for (let i = 0; i < 200; i++) tokens.push(await putResident(`user-rush-${String(i).padStart(3, '0')}`));
    results.push(...(await Promise.all(tokens.map((token) => signUp(token, jobId)))));
  }, 120_000);

  it('gives exactly 10 seats, queues 190 in order, and answers every request', async () => {
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    const pending = results.filter((r) => r.body.status === 'pending');
    const waitlisted = results.filter((r) => r.body.status === 'waitlisted');
    expect(pending).toHaveLength(10);
    expect(waitlisted).toHaveLength(190);
    // Each answer gives the place in the queue at that moment (a simultaneous earlier arrival may still land ahead).
    for (const r of waitlisted) expect(r.body.waitlistPosition).toBeGreaterThanOrEqual(1);
    for (const r of waitlisted) expect(r.body.waitlistPosition).toBeLessThanOrEqual(190);
    expect(await jobCounters(jobId)).toEqual({ headcountLeft: 0, waitlistCount: 190 });
    // The queue is the waitlisted sign-ups in id (arrival) order, each with its own place 1…190.
    const queue = await waitlistIds(jobId);
    expect(queue).toEqual(waitlisted.map((r) => r.body.id).sort());
    const { body } = await invoke(jobApplicants, { token: await login('employer-haiyue'), params: { jobId } });
    const places = body.items.filter((a: { status: string }) => a.status === 'waitlisted').sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)).map((a: { waitlistPosition: number }) => a.waitlistPosition);
    expect(places).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
  });

  it('a cancellation promotes the first waitlisted person, who is told in 我的消息', async () => {
    const [head] = await waitlistIds(jobId);
    const seatHolder = results.findIndex((r) => r.body.status === 'pending');
    const cancelled = await invoke(cancelSignup, { token: tokens[seatHolder], params: { signupId: results[seatHolder].body.id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const promotedIndex = results.findIndex((r) => r.body.id === head);
    const mine = await invoke(mySignups, { token: tokens[promotedIndex] });
    expect(mine.body.items[0]).toMatchObject({ id: head, status: 'pending', waitlistPosition: null });
    const inbox = await invoke(myNotifications, { token: tokens[promotedIndex] });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'promoted', signupId: head, read: false });
    expect(inbox.body.unreadCount).toBe(1);
    expect(await jobCounters(jobId)).toEqual({ headcountLeft: 0, waitlistCount: 189 });
  });

  it('a rejection promotes the next one in line and tells the rejected resident why', async () => {
    const [head] = await waitlistIds(jobId);
    const staff = await login('staff-community');
    const holder = results.findIndex((r, i) => r.body.status === 'pending' && i !== results.findIndex((x) => x.body.status === 'pending'));
    const rejected = await invoke(rejectSignup, { token: staff, params: { signupId: results[holder].body.id }, body: { reason: '该岗位需要会开电动三轮' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    const inbox = await invoke(myNotifications, { token: tokens[holder] });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'rejected' });
    expect(inbox.body.items[0].body).toContain('该岗位需要会开电动三轮');
    const promoted = results.findIndex((r) => r.body.id === head);
    expect((await invoke(mySignups, { token: tokens[promoted] })).body.items[0].status).toBe('pending');
    expect(await jobCounters(jobId)).toEqual({ headcountLeft: 0, waitlistCount: 188 });
  });

  it('the employer sees all 200, with counts', async () => {
    const { status, body } = await invoke(jobApplicants, { token: await login('employer-haiyue'), params: { jobId } });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(200);
    expect(body.counts).toMatchObject({ pending: 10, waitlisted: 188 });
    const positions = body.items.filter((a: { status: string }) => a.status === 'waitlisted').map((a: { waitlistPosition: number }) => a.waitlistPosition).sort((a: number, b: number) => a - b);
    expect(positions).toEqual(Array.from({ length: 188 }, (_, i) => i + 1));
  });
});

describe('sign-up rules', () => {
  it('a replayed Idempotency-Key returns the same body and creates nothing new', async () => {
    await putJob('idem-job', offset(DONGSHAN, 200));
    const token = await putResident('user-idem');
    const first = await signUp(token, 'idem-job', 'retry-key-0001');
    const replay = await signUp(token, 'idem-job', 'retry-key-0001');
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect((await invoke(mySignups, { token })).body.items).toHaveLength(1);
    expect(await jobCounters('idem-job')).toEqual({ headcountLeft: 2, waitlistCount: 0 });
  });

  it('the same key with another request is refused, and another person may use the same key', async () => {
    await putJob('idem-job-2', offset(DONGSHAN, 210));
    await putJob('idem-job-3', offset(DONGSHAN, 220), { startsAt: new Date(Date.now() + 72 * HOUR).toISOString(), endsAt: new Date(Date.now() + 74 * HOUR).toISOString() });
    const token = await putResident('user-idem-2');
    expect((await signUp(token, 'idem-job-2', 'shared-key-0001')).status).toBe(201);
    const reused = await signUp(token, 'idem-job-3', 'shared-key-0001');
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await signUp(await putResident('user-idem-3'), 'idem-job-2', 'shared-key-0001')).status).toBe(201);
  });

  it('a second sign-up for the same job is 409 已报名', async () => {
    await putJob('dup-job', offset(DONGSHAN, 300));
    const token = await putResident('user-dup');
    expect((await signUp(token, 'dup-job')).status).toBe(201);
    const again = await signUp(token, 'dup-job');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'ALREADY_SIGNED_UP' });
  });

  it('a full gig without a waitlist is 409 已满且不接受候补', async () => {
    await putJob('nowait-job', offset(DONGSHAN, 400), { headcount: 1, headcountLeft: 1, waitlistEnabled: false });
    expect((await signUp(await putResident('user-nowait-1'), 'nowait-job')).status).toBe(201);
    const full = await signUp(await putResident('user-nowait-2'), 'nowait-job');
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('JOB_FULL');
    expect(await jobCounters('nowait-job')).toEqual({ headcountLeft: 0, waitlistCount: 0 });
  });

  it('overlapping gig times are 409 and name the other gig; back-to-back shifts are fine', async () => {
    const start = Date.now() + 48 * HOUR;
    const iso = (ms: number) => new Date(ms).toISOString();
    await putJob('morning', offset(DONGSHAN, 500), { title: '早班保洁', startsAt: iso(start), endsAt: iso(start + 3 * HOUR) });
    await putJob('overlap', offset(DONGSHAN, 510), { title: '搬运', startsAt: iso(start + 2 * HOUR), endsAt: iso(start + 5 * HOUR) });
    await putJob('after', offset(DONGSHAN, 520), { title: '午后理货', startsAt: iso(start + 3 * HOUR), endsAt: iso(start + 6 * HOUR) });
    const token = await putResident('user-overlap');
    expect((await signUp(token, 'morning')).status).toBe(201);
    const clash = await signUp(token, 'overlap');
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('SCHEDULE_CONFLICT');
    expect(clash.body.error.message).toContain('早班保洁');
    expect((await signUp(token, 'after')).status).toBe(201);
  });

  it('资料不完整 names what is missing; a started gig is 已截止', async () => {
    await putJob('needs-profile', offset(DONGSHAN, 600));
    const incomplete = await signUp(await putResident('user-nophone', { phone: null, homeCommunityCode: null }), 'needs-profile');
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.error.code).toBe('PROFILE_INCOMPLETE');
    expect(incomplete.body.error.details.map((d: { field: string }) => d.field)).toEqual(['phone', 'homeCommunityCode']);
    await putJob('started', offset(DONGSHAN, 610), { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() });
    const closed = await signUp(await putResident('user-late'), 'started');
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('SIGNUP_CLOSED');
  });

  it('an unknown job is 404', async () => {
    const missing = await signUp(await putResident('user-404'), 'no-such-job');
    expect(missing.status).toBe(404);
  });
});

describe('who may do what', () => {
  let signupId: string;
  beforeAll(async () => {
    await putJob('authz-job', offset(DONGSHAN, 700));
    signupId = (await signUp(await putResident('user-authz-a'), 'authz-job')).body.id;
  });

  it('resident B cannot cancel resident A’s sign-up', async () => {
    const other = await invoke(cancelSignup, { token: await putResident('user-authz-b'), params: { signupId } });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('NOT_YOUR_SIGNUP');
  });

  it('staff of another community cannot approve; a resident cannot approve at all', async () => {
    const village = await invoke(approveSignup, { token: await login('staff-village'), params: { signupId } });
    expect(village.status).toBe(403);
    expect(village.body.error.code).toBe('OUT_OF_SCOPE');
    const resident = await invoke(approveSignup, { token: await putResident('user-authz-c'), params: { signupId } });
    expect(resident.status).toBe(403);
  });

  it('an employer of another organisation cannot list the applicants', async () => {
    const other = await invoke(jobApplicants, { token: await login('employer-xinyuan'), params: { jobId: 'authz-job' } });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('NOT_YOUR_JOB');
  });

  it('street staff above the community may approve', async () => {
    const street = await invoke(approveSignup, { token: await login('staff-street'), params: { signupId } });
    expect(street.status).toBe(200);
    expect(street.body.status).toBe('approved');
  });
});
