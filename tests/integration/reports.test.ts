import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { handler as reportJob } from '../../functions/handlers/reports/report-job';
import { handler as staffReports } from '../../functions/handlers/reports/staff-reports';
import { handler as hideReportedJob } from '../../functions/handlers/reports/hide-reported-job';
import { handler as resolveReport } from '../../functions/handlers/reports/resolve-report';
import { handler as nearbyJobs } from '../../functions/handlers/jobs/nearby-jobs';
import { handler as getJobHandler } from '../../functions/handlers/jobs/get-job';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { offset, putJob, putResident } from './fixtures';
import { freeCommunity, putOrg } from './fixtures-employers';
import { invoke, tokenFor } from './invoke';

// Countryside with no seeded jobs (away from the fields jobs.test.ts uses), so the feed shows only ours.
const FIELD = { lat: 36.81, lng: 120.95 };
const COMMUNITY = freeCommunity('371002002');
const OTHER_COMMUNITY = freeCommunity('371002002', 1);
const inFuture = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

const staffOf = (divisionCode: string, userId = `staff-${divisionCode}`) =>
  tokenFor({ userId, role: 'staff', staff: { level: divisionCode.length === 12 ? 'community' : divisionCode.length === 9 ? 'street' : 'district', divisionCode } });
const report = (token: string, jobId: string, body: unknown = { category: '收取费用', description: '要求先交 200 元押金才能上岗' }) =>
  invoke(reportJob, { token, params: { jobId }, body });
const feedIds = async () => (await invoke(nearbyJobs, { query: { lat: String(FIELD.lat), lng: String(FIELD.lng), radius: '1000' } })).body.items.map((j: { id: string }) => j.id);
const stored = async (key: Record<string, string>) => (await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: key, ConsistentRead: true }))).Item!;

describe('劳动维权 reports', () => {
  let reporter: string;
  let other: string;
  let staff: string;

  beforeAll(async () => {
    await putOrg('org-rep-honest', COMMUNITY);
    await putOrg('org-rep-scam', COMMUNITY);
    await putJob('rep-hide', offset(FIELD, 50), { orgId: 'org-rep-honest', communityCode: COMMUNITY, startsAt: inFuture(48), endsAt: inFuture(52) });
    await putJob('rep-scam', offset(FIELD, 120), { orgId: 'org-rep-scam', communityCode: COMMUNITY, startsAt: inFuture(48), endsAt: inFuture(52) });
    await putJob('rep-scam-2', offset(FIELD, 200), { orgId: 'org-rep-scam', communityCode: COMMUNITY, startsAt: inFuture(72), endsAt: inFuture(76) });
    reporter = await putResident('user-rep-reporter', { homeCommunityCode: COMMUNITY, phone: '13912345678' });
    other = await putResident('user-rep-other', { homeCommunityCode: COMMUNITY });
    staff = await staffOf(COMMUNITY);
  });

  it('takes a report (201), refuses a second open one (409), an unknown job (404) and bad input (400)', async () => {
    const first = await report(reporter, 'rep-scam');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ jobId: 'rep-scam', category: '收取费用', status: 'open' });
    expect((await stored(keys.job('rep-scam'))).reportCount).toBe(1);

    const again = await report(reporter, 'rep-scam');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_REPORTED');

    expect((await report(reporter, 'no-such-job')).body.error.code).toBe('JOB_NOT_FOUND');
    const bad = await report(reporter, 'rep-scam', { category: '其他', description: '差' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('至少 5 个字');
    expect((await report(reporter, 'rep-scam', { category: '骗人', description: '五个字以上的说明' })).status).toBe(400);
  });

  it('queues the report for the job’s community staff, newest first, with the reporter’s phone masked', async () => {
    const { status, body } = await invoke(staffReports, { token: staff, query: { status: 'open' } });
    expect(status).toBe(200);
    const item = body.items.find((r: { job: { id: string } }) => r.job.id === 'rep-scam');
    expect(item).toMatchObject({ category: '收取费用', status: 'open', outcome: null, jobHidden: false, reporter: { phoneMasked: '139****5678' } });
    expect(item.job).toMatchObject({ title: '测试岗位rep-scam', orgId: 'org-rep-scam', communityCode: COMMUNITY, status: 'open' });
    expect(JSON.stringify(body)).not.toContain('13912345678');

    const street = await invoke(staffReports, { token: await staffOf('371002002'), query: {} });
    expect(street.body.items.some((r: { id: string }) => r.id === item.id)).toBe(true);
    const neighbour = await invoke(staffReports, { token: await staffOf(OTHER_COMMUNITY), query: {} });
    expect(neighbour.body.items.some((r: { id: string }) => r.id === item.id)).toBe(false);
  });

  it('staff of another community get 403 on hide and resolve', async () => {
    const { body } = await invoke(staffReports, { token: staff, query: {} });
    const id = body.items.find((r: { job: { id: string } }) => r.job.id === 'rep-scam').id;
    const outsider = await staffOf(OTHER_COMMUNITY);
    const hide = await invoke(hideReportedJob, { token: outsider, params: { reportId: id }, body: { reason: '核查期间暂停' } });
    expect(hide.status).toBe(403);
    expect(hide.body.error.code).toBe('OUT_OF_SCOPE');
    const resolve = await invoke(resolveReport, { token: outsider, params: { reportId: id }, body: { outcome: 'confirmed', note: '属实' } });
    expect(resolve.status).toBe(403);
    expect((await invoke(resolveReport, { token: staff, params: { reportId: 'nope' }, body: { outcome: 'confirmed', note: '属实' } })).status).toBe(404);
  });

  it('暂停展示 takes the job off the feed and closes sign-ups; 情况不属实 puts it back', async () => {
    expect(await feedIds()).toContain('rep-hide');
    const created = await report(other, 'rep-hide', { category: '虚假招聘', description: '电话打过去说没有这个活' });
    expect(created.status).toBe(201);

    const hidden = await invoke(hideReportedJob, { token: staff, params: { reportId: created.body.id }, body: { reason: '核查期间暂停展示' } });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({ jobHidden: true, job: { status: 'hidden' } });
    expect(await feedIds()).not.toContain('rep-hide');
    const job = await stored(keys.job('rep-hide'));
    expect(job).toMatchObject({ status: 'hidden', hiddenReason: '核查期间暂停展示' });
    expect(job.GSI1PK).toBeUndefined();
    const signup = await invoke(createSignup, { token: reporter, params: { jobId: 'rep-hide' } });
    expect(signup.status).toBe(409);
    expect(signup.body.error.code).toBe('SIGNUP_CLOSED');

    const dismissed = await invoke(resolveReport, { token: staff, params: { reportId: created.body.id }, body: { outcome: 'dismissed', note: '已电话核实，岗位真实' } });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'resolved', outcome: 'dismissed', resolutionNote: '已电话核实，岗位真实', jobHidden: false, job: { status: 'open' } });
    expect(await feedIds()).toContain('rep-hide');
    expect((await stored(keys.org('org-rep-honest'))).status).toBe('verified');
    expect((await invoke(createSignup, { token: reporter, params: { jobId: 'rep-hide' } })).status).toBe(201);

    const twice = await invoke(resolveReport, { token: staff, params: { reportId: created.body.id }, body: { outcome: 'confirmed', note: '再次处理' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('REPORT_ALREADY_RESOLVED');
    // Resolved, so the same person may report the job again.
    expect((await report(other, 'rep-hide')).status).toBe(201);
  });

  it('情况属实 takes the job down, revokes the org, unbadges its other job and tells the reporter', async () => {
    const { body } = await invoke(staffReports, { token: staff, query: {} });
    const id = body.items.find((r: { job: { id: string } }) => r.job.id === 'rep-scam').id;
    const confirmed = await invoke(resolveReport, { token: staff, params: { reportId: id }, body: { outcome: 'confirmed', note: '单位承认收取押金，已责令退还' } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'resolved', outcome: 'confirmed', job: { status: 'closed' } });

    const org = await stored(keys.org('org-rep-scam'));
    expect(org).toMatchObject({ status: 'revoked', confirmedReports: 1, GSI2PK: `ORGQ#revoked#${COMMUNITY.slice(0, 6)}` });
    expect(await feedIds()).not.toContain('rep-scam');
    const sibling = await invoke(getJobHandler, { params: { jobId: 'rep-scam-2' } });
    expect(sibling.body.orgVerified).toBe(false);

    const inbox = await invoke(myNotifications, { token: reporter, query: {} });
    const message = inbox.body.items.find((n: { kind: string }) => n.kind === 'report_resolved');
    expect(message.title).toContain('情况属实');
    expect(message.body).toContain('单位承认收取押金，已责令退还');

    const resolved = await invoke(staffReports, { token: staff, query: { status: 'resolved' } });
    expect(resolved.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const open = await invoke(staffReports, { token: staff, query: { status: 'open' } });
    expect(open.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });
});
