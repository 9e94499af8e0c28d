import { handler as registerOrg } from '../../functions/handlers/orgs/register-org';
import { handler as createPosting } from '../../functions/handlers/postings/create-posting';
import { handler as getPosting } from '../../functions/handlers/postings/get-posting';
import { handler as updatePosting } from '../../functions/handlers/postings/update-posting';
import { handler as closePosting } from '../../functions/handlers/postings/close-posting';
import { handler as nearbyJobs } from '../../functions/handlers/jobs/nearby-jobs';
import { handler as getJob } from '../../functions/handlers/jobs/get-job';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as devLogin } from '../../functions/handlers/auth/dev-login';
import { SCAM_RULES } from '../../functions/domain/posting/scam-terms';
import { postingBody, orgBody, putEmployerWithoutOrg, weihaiDay } from './fixtures-employers';
import { putResident } from './fixtures';
import { invoke } from './invoke';

const login = async (persona: string) => (await invoke(devLogin, { body: { persona } })).body.token as string;
const post = (token: string, body: Record<string, unknown>, key?: string) => invoke(createPosting, { token, body, headers: key ? { 'idempotency-key': key } : {} });
const feedIds = async (query: Record<string, string>) => ((await invoke(nearbyJobs, { query: { radius: '1200', limit: '50', sort: 'newest', ...query } })).body.items as { id: string }[]).map((j) => j.id);

let haiyue: string;
let xinyuan: string;
let haiyueOrg: { lat: number; lng: number };

beforeAll(async () => {
  [haiyue, xinyuan] = await Promise.all([login('employer-haiyue'), login('employer-xinyuan')]);
  const { getOrg } = await import('../../functions/adapters/dynamo/orgs');
  const org = (await getOrg('org-001'))!;
  haiyueOrg = { lat: org.lat, lng: org.lng };
});

describe('a verified employer posts a gig', () => {
  it('publishes it (201) and it is on the nearby feed at once', async () => {
    const res = await post(haiyue, postingBody({ title: '敬老院窗户清洁' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'open', statusLabel: '招聘中', orgVerified: true, headcountLeft: 3, requirements: [] });
    expect(await feedIds({ lat: String(haiyueOrg.lat), lng: String(haiyueOrg.lng) })).toContain(res.body.id);
    const detail = await invoke(getJob, { params: { jobId: res.body.id } });
    expect(detail.body).toMatchObject({ title: '敬老院窗户清洁', status: 'open', orgName: '威海海悦家政服务有限公司', requirements: ['无需经验'] });
  });

  it('a weekly schedule reads as its days', async () => {
    const res = await post(haiyue, postingBody({ schedule: { kind: 'recurring', weekdays: [1, 3, 5], fromDate: weihaiDay(1), toDate: weihaiDay(30), startTime: '18:00', endTime: '21:00' } }));
    expect(res.status).toBe(201);
    expect(res.body.scheduleText).toMatch(/^每周一、三、五 18:00-21:00/);
    expect((await invoke(getJob, { params: { jobId: res.body.id } })).body.schedule).toBe(res.body.scheduleText);
  });

  it('a replayed Idempotency-Key creates one posting', async () => {
    const body = postingBody({ title: '重复提交测试' });
    const first = await post(haiyue, body, 'post-once-1');
    const again = await post(haiyue, body, 'post-once-1');
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('posting validation (400 with a Chinese reason)', () => {
  it.each([
    ['pay 0', { payAmount: 0 }, 'VALIDATION_FAILED', /工资必须大于 0/],
    ['pay below the minimum wage', { payAmount: 15 }, 'PAY_BELOW_MINIMUM', /最低工资/],
    ['a day rate below the minimum for the shift', { payAmount: 50, payUnit: '元/天' }, 'PAY_BELOW_MINIMUM', /日工资不能低于 63 元/],
    ['end before start', { schedule: { kind: 'once', date: weihaiDay(2), startTime: '12:00', endTime: '09:00' } }, 'VALIDATION_FAILED', /结束时间要晚于开始时间/],
    ['a shift in the past', { schedule: { kind: 'once', date: weihaiDay(-1), startTime: '09:00', endTime: '12:00' } }, 'SHIFT_IN_PAST', /已经过去/],
    ['headcount 0', { headcount: 0 }, 'VALIDATION_FAILED', /至少 1 人/],
    ['headcount 501', { headcount: 501 }, 'VALIDATION_FAILED', /最多 500 人/],
    ['no title', { title: '' }, 'VALIDATION_FAILED', /岗位名称/],
    ['no description', { description: '' }, 'VALIDATION_FAILED', /工作内容/],
    ['age range upside down', { ageMin: 60, ageMax: 18 }, 'VALIDATION_FAILED', /年龄下限不能大于上限/],
    ['a date that is not a date', { schedule: { kind: 'once', date: '下周一', startTime: '09:00', endTime: '12:00' } }, 'VALIDATION_FAILED', /日期格式/],
    ['a day that does not exist', { schedule: { kind: 'once', date: '2027-02-30', startTime: '09:00', endTime: '12:00' } }, 'VALIDATION_FAILED', /没有这一天/],
    ['a month that does not exist', { schedule: { kind: 'once', date: '2027-13-01', startTime: '09:00', endTime: '12:00' } }, 'VALIDATION_FAILED', /没有这一天/],
  ])('%s', async (_, overrides, code, message) => {
    const res = await post(haiyue, postingBody(overrides));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(message);
  });

  it.each(SCAM_RULES.filter((rule) => rule.kind === 'fee').flatMap((rule) => rule.pattern.source.split('|').filter((w) => /^[\u4e00-\u9fa5]+$/.test(w)).map((word) => [word, rule.reason] as const)))(
    'refuses 「%s」 with its reason',
    async (word, reason) => {
      const res = await post(haiyue, postingBody({ description: `工作轻松，上岗前${word}，日结工资，欢迎来电咨询。` }));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('POSTING_REJECTED');
      expect(res.body.error.message).toContain(reason);
    },
  );

  it('refuses a phone number or a WeChat contact in the text, and keeps fee-free promises', async () => {
    expect((await post(haiyue, postingBody({ description: '有意者加微信 haiyue2026 详谈，工作轻松。' }))).body.error.code).toBe('POSTING_REJECTED');
    expect((await post(haiyue, postingBody({ description: '有意者直接打 139 0631 2345 联系，工作轻松。' }))).body.error.code).toBe('POSTING_REJECTED');
    expect((await post(haiyue, postingBody({ description: '本单位不收取押金和任何培训费，工具免费提供。' }))).status).toBe(201);
  });
});

describe('who may publish and edit', () => {
  it('an unverified employer can save a draft but not publish (403); the draft is not public', async () => {
    const token = await putEmployerWithoutOrg('poster-unverified');
    const reg = await invoke(registerOrg, { token, body: orgBody() });
    const session = reg.body.session.token as string;
    const publish = await post(session, postingBody());
    expect(publish.status).toBe(403);
    expect(publish.body.error.code).toBe('ORG_NOT_VERIFIED');
    const draft = await post(session, postingBody({ publish: false, title: '草稿岗位' }));
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    expect((await invoke(getJob, { params: { jobId: draft.body.id } })).status).toBe(404);
    expect((await invoke(getPosting, { token: session, params: { jobId: draft.body.id } })).body.title).toBe('草稿岗位');
  });

  it('an employer without an organisation is told to register first (409)', async () => {
    const res = await post(await putEmployerWithoutOrg('poster-no-org'), postingBody());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORG_REQUIRED');
  });

  it("employer A cannot read, edit or close employer B's job (403)", async () => {
    const mine = await post(haiyue, postingBody({ title: '只属于海悦' }));
    for (const res of [
      await invoke(getPosting, { token: xinyuan, params: { jobId: mine.body.id } }),
      await invoke(updatePosting, { token: xinyuan, params: { jobId: mine.body.id }, body: postingBody({ title: '改掉' }) }),
      await invoke(closePosting, { token: xinyuan, params: { jobId: mine.body.id } }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('NOT_YOUR_JOB');
    }
    expect((await invoke(getJob, { params: { jobId: mine.body.id } })).body.title).toBe('只属于海悦');
  });

  it('residents cannot post at all', async () => {
    expect((await post(await putResident('poster-resident'), postingBody())).status).toBe(403);
  });
});

describe('editing a posting people signed up for', () => {
  it('keeps the times, never goes below the seats taken, and moves the free seats with the headcount', async () => {
    const created = await post(haiyue, postingBody({ title: '有人报名后修改', headcount: 3 }));
    const jobId = created.body.id as string;
    const worker = await putResident('posting-worker-1');
    expect((await invoke(createSignup, { token: worker, params: { jobId } })).status).toBe(201);

    const moved = await invoke(updatePosting, { token: haiyue, params: { jobId }, body: postingBody({ title: '有人报名后修改', headcount: 3, schedule: { kind: 'once', date: weihaiDay(3), startTime: '09:00', endTime: '12:00' } }) });
    expect(moved.status).toBe(409);
    expect(moved.body.error.code).toBe('JOB_HAS_SIGNUPS');

    const fewer = await invoke(updatePosting, { token: haiyue, params: { jobId }, body: postingBody({ title: '有人报名后修改', headcount: 0 }) });
    expect(fewer.status).toBe(400);

    const more = await invoke(updatePosting, { token: haiyue, params: { jobId }, body: postingBody({ title: '有人报名后修改（加人）', headcount: 5 }) });
    expect(more.status).toBe(200);
    expect(more.body).toMatchObject({ headcount: 5, headcountLeft: 4, title: '有人报名后修改（加人）' });
  });

  it('closing takes it off the feed and stops sign-ups; a closed posting cannot be edited', async () => {
    const created = await post(haiyue, postingBody({ title: '即将关闭' }));
    const jobId = created.body.id as string;
    const closed = await invoke(closePosting, { token: haiyue, params: { jobId } });
    expect(closed.body).toMatchObject({ status: 'closed', statusLabel: '已关闭' });
    expect(await feedIds({ lat: String(haiyueOrg.lat), lng: String(haiyueOrg.lng) })).not.toContain(jobId);
    const signup = await invoke(createSignup, { token: await putResident('posting-late-worker'), params: { jobId } });
    expect(signup.status).toBe(409);
    const edit = await invoke(updatePosting, { token: haiyue, params: { jobId }, body: postingBody() });
    expect(edit.body.error.code).toBe('JOB_NOT_EDITABLE');
  });

  it('publishing a draft after verification puts it on the feed', async () => {
    const draft = await post(haiyue, postingBody({ title: '先存草稿再发布', publish: false }));
    expect(await feedIds({ lat: String(haiyueOrg.lat), lng: String(haiyueOrg.lng) })).not.toContain(draft.body.id);
    const published = await invoke(updatePosting, { token: haiyue, params: { jobId: draft.body.id }, body: postingBody({ title: '先存草稿再发布' }) });
    expect(published.body.status).toBe('open');
    expect(await feedIds({ lat: String(haiyueOrg.lat), lng: String(haiyueOrg.lng) })).toContain(draft.body.id);
  });
});
