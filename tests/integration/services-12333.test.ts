import { handler as createPerson } from '../../functions/handlers/assistance/create-person';
import { handler as getPerson } from '../../functions/handlers/assistance/get-person';
import { handler as addService } from '../../functions/handlers/assistance/add-service';
import { handler as worklist } from '../../functions/handlers/assistance/worklist';
import { handler as personMatches } from '../../functions/handlers/assistance/person-matches';
import { handler as getJob } from '../../functions/handlers/jobs/get-job';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { handler as createTraining } from '../../functions/handlers/trainings/create-training';
import { handler as createSession } from '../../functions/handlers/trainings/create-session';
import { handler as bookSession } from '../../functions/handlers/trainings/book-session';
import { handleTimer } from '../../functions/handlers/scheduled/sweep-due-work';
import { findCommunity } from '../../functions/domain/divisions/catalog';
import { monthsBefore } from '../../functions/domain/assistance/window';
import type { TimerRow } from '../../functions/adapters/dynamo/timers';
import { putJob } from './fixtures';
import { freeCommunity, weihaiDay } from './fixtures-employers';
import { dayFromToday, freshPhone, personBody, putHomeResident, staffToken } from './fixtures-assistance';
import { invoke, tokenFor } from './invoke';

// Communities of 竹岛街道 nobody else uses: this file's 待办 holds only its own people.
const SERVED = freeCommunity('371002003', 0);
const RANKED = freeCommunity('371002003', 1);
const centre = { lat: 37.51, lng: 122.12 };

type Count = { type: string; done: number; target: number };
const doneOf = (person: { tracking: { counts: Count[] } }, type: string) => person.tracking.counts.find((c) => c.type === type)!.done;

async function newPerson(communityCode: string, extra: Record<string, unknown> = {}) {
  const res = await invoke(createPerson, { token: await staffToken(communityCode, 'community'), body: personBody(communityCode, extra) });
  expect(res.status).toBe(201);
  return res.body as { id: string; tracking: { counts: Count[] } };
}

const record = async (communityCode: string, personId: string, body: Record<string, unknown>) =>
  invoke(addService, { token: await staffToken(communityCode, 'community'), params: { personId }, body: { content: '上门走访，了解求职意向', outcome: '', ...body } });

const read = async (communityCode: string, personId: string) => (await invoke(getPerson, { token: await staffToken(communityCode, 'community'), params: { personId } })).body;

/** A linked, consenting resident of SERVED and their ledger entry. */
async function linkedPair(userId: string) {
  const phone = freshPhone();
  const token = await putHomeResident(userId, phone, SERVED, true);
  const person = await newPerson(SERVED, { phone, linkResident: true });
  expect((person as unknown as { linkedResident: unknown }).linkedResident).toMatchObject({ userId });
  return { token, person };
}

describe('「12333」 counted over a rolling 12 months', () => {
  it('a service exactly 12 months ago by calendar date is out of the window; the day after is in; tomorrow is refused', async () => {
    const person = await newPerson(SERVED);
    const today = dayFromToday(0);
    const edge = monthsBefore(today, 12);
    const out = await record(SERVED, person.id, { type: '政策对接', date: edge });
    expect(out.status).toBe(201);
    expect(doneOf(out.body.person, '政策对接')).toBe(0);
    const dayAfter = new Date(Date.parse(`${edge}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const inside = await record(SERVED, person.id, { type: '政策对接', date: dayAfter });
    expect(doneOf(inside.body.person, '政策对接')).toBe(1);
    expect(inside.body.person.tracking.windowFrom).toBe(dayAfter);
    const future = await record(SERVED, person.id, { type: '职业指导', date: dayFromToday(1) });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({ code: 'SERVICE_DATE_IN_FUTURE', message: '服务日期不能晚于今天' });
    const page = await read(SERVED, person.id);
    expect(page.services.map((s: { date: string }) => s.date)).toEqual([dayAfter]);
    expect(page.services[0]).toMatchObject({ source: 'staff', sourceLabel: '工作人员记录' });
  });

  it('services recorded at the same moment all count (the person’s version is re-read)', async () => {
    const person = await newPerson(SERVED);
    const results = await Promise.all([1, 2, 3].map(() => record(SERVED, person.id, { type: '职业指导', date: dayFromToday(0) })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(doneOf(await read(SERVED, person.id), '职业指导')).toBe(3);
  });
});

describe('岗位推荐 by staff', () => {
  it('with a job, the linked resident gets it in 我的消息 in the same write; notified is true', async () => {
    const { token, person } = await linkedPair('user-12333-note');
    const job = await putJob('job-12333-note', centre, { title: '超市理货员' });
    const res = await record(SERVED, person.id, { type: '岗位推荐', date: dayFromToday(0), content: '推荐超市理货员，离家近', jobId: job.id });
    expect(res.status).toBe(201);
    expect(res.body.notified).toBe(true);
    expect(res.body.service).toMatchObject({ type: '岗位推荐', jobId: job.id, source: 'staff' });
    const inbox = await invoke(myNotifications, { token });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'job_recommended', title: '社区为您推荐了一个岗位', link: `/packages/jobs/pages/detail/index?id=${job.id}` });
    expect(inbox.body.items[0].body).toContain('超市理货员');
  });

  it('an unknown job is 404 JOB_NOT_FOUND and nothing is recorded; an unlinked person is recorded but not notified', async () => {
    const person = await newPerson(SERVED);
    const missing = await record(SERVED, person.id, { type: '岗位推荐', date: dayFromToday(0), jobId: 'job-does-not-exist' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('JOB_NOT_FOUND');
    expect(doneOf(await read(SERVED, person.id), '岗位推荐')).toBe(0);
    const job = await putJob('job-12333-unlinked', centre);
    const res = await record(SERVED, person.id, { type: '岗位推荐', date: dayFromToday(0), jobId: job.id });
    expect(res.body).toMatchObject({ notified: false });
    expect(doneOf(res.body.person, '岗位推荐')).toBe(1);
  });
});

describe('automatic service records', () => {
  it('a linked resident opening a job from 为您推荐 is one 岗位推荐; opening it again, or from the feed, adds nothing', async () => {
    const { token, person } = await linkedPair('user-12333-auto-job');
    const job = await putJob('job-12333-auto', centre, { title: '小区保洁' });
    const open = (from?: string) => invoke(getJob, { token, params: { jobId: job.id }, query: from ? { from } : {} });
    expect((await open('recommendation')).status).toBe(200);
    let page = await read(SERVED, person.id);
    expect(doneOf(page, '岗位推荐')).toBe(1);
    expect(page.services[0]).toMatchObject({ type: '岗位推荐', source: 'auto', sourceLabel: '系统推荐岗位，居民已打开查看', jobId: job.id });
    await open('recommendation');
    await open('feed');
    await open();
    page = await read(SERVED, person.id);
    expect(doneOf(page, '岗位推荐')).toBe(1);
    expect(page.services).toHaveLength(1);
    // 为您推荐 lists open jobs only: a closed one opened with the same link counts nothing
    const closed = await putJob('job-12333-auto-closed', centre, { status: 'closed' });
    expect((await invoke(getJob, { token, params: { jobId: closed.id }, query: { from: 'recommendation' } })).status).toBe(200);
    expect(doneOf(await read(SERVED, person.id), '岗位推荐')).toBe(1);
  });

  it('nothing is recorded for a resident who is not linked (no consent), and the job still opens', async () => {
    const phone = freshPhone();
    const token = await putHomeResident('user-12333-unlinked', phone, SERVED, false);
    const person = await newPerson(SERVED, { phone, linkResident: true });
    const job = await putJob('job-12333-nolink', centre);
    expect((await invoke(getJob, { token, params: { jobId: job.id }, query: { from: 'recommendation' } })).status).toBe(200);
    expect((await read(SERVED, person.id)).services).toEqual([]);
  });

  it('training notices delivered to a linked resident (booking, class reminder) count as 培训信息, each once', async () => {
    const { token, person } = await linkedPair('user-12333-training');
    const district = await staffToken('371002', 'district');
    const training = await invoke(createTraining, {
      token: district,
      body: {
        title: '12333 测试家政培训', type: '就业技能', category: '家政服务', format: '培训夜课', content: '家庭保洁与收纳整理基础，含实操练习。', hours: 4,
        requirements: '16-60 周岁城乡劳动者', eligibility: { ageMin: 16, ageMax: 60, groups: ['城乡劳动者'] }, subsidyStandard: '按 400 元/人标准补贴',
        provider: '测试培训部', address: '社区二楼', communityCode: SERVED,
      },
    });
    expect(training.status).toBe(201);
    const session = await invoke(createSession, { token: district, params: { trainingId: training.body.id }, body: { date: weihaiDay(3), startTime: '19:00', endTime: '21:00', capacity: 5 } });
    const booked = await invoke(bookSession, { token, params: { trainingId: training.body.id, sessionId: session.body.id } });
    expect(booked.status).toBe(201);
    expect(doneOf(await read(SERVED, person.id), '培训信息')).toBe(1);

    const timer = { kind: 'training-reminder', signupId: booked.body.id } as TimerRow;
    await handleTimer(timer, Date.now());
    await handleTimer(timer, Date.now());
    const page = await read(SERVED, person.id);
    expect(doneOf(page, '培训信息')).toBe(2);
    expect(page.services.map((s: { sourceLabel: string }) => s.sourceLabel).sort()).toEqual(['居民通过系统预约培训', '系统发送培训上课提醒']);
  });
});

describe('the 「12333」 待办', () => {
  it('orders by urgency (missing per 30 days left, then the wait): the year ending soon first, even for one missing; on-target people are not listed', async () => {
    const near = await newPerson(RANKED, { name: '年末未服务', unemploymentRegisteredOn: dayFromToday(-340), statusSince: dayFromToday(-340) });
    const fresh = await newPerson(RANKED, { name: '刚登记', unemploymentRegisteredOn: dayFromToday(-10), statusSince: dayFromToday(-10) });
    const almost = await newPerson(RANKED, { name: '只差一次', unemploymentRegisteredOn: dayFromToday(-340), statusSince: dayFromToday(-340) });
    const done = await newPerson(RANKED, { name: '已达标', unemploymentRegisteredOn: dayFromToday(-340), statusSince: dayFromToday(-340) });
    const plan = { 政策对接: 2, 职业指导: 3, 岗位推荐: 3, 培训信息: 3 } as const;
    for (const [type, times] of Object.entries(plan)) {
      for (let i = 0; i < times; i++) {
        expect((await record(RANKED, done.id, { type, date: dayFromToday(-5 - i) })).status).toBe(201);
        if (!(type === '培训信息' && i === 2)) await record(RANKED, almost.id, { type, date: dayFromToday(-5 - i) });
      }
    }
    const res = await invoke(worklist, { token: await staffToken(RANKED, 'community'), query: {} });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { person: { id: string } }) => i.person.id)).toEqual([near.id, almost.id, fresh.id]);
    expect(res.body.totalBehind).toBe(3);
    const first = res.body.items[0];
    expect(first.missing.map((m: { type: string; missing: number }) => `${m.type}${m.missing}`)).toEqual(['职业指导3', '岗位推荐3', '培训信息3', '政策对接2']);
    expect(first.urgencyLabel).toMatch(/^还差 11 次，本周期剩 2[56] 天，还没有服务记录$/);
    expect(res.body.items[1].missing).toEqual([{ type: '培训信息', done: 2, target: 3, missing: 1 }]);
  });

  it('city staff rank one district at a time: the whole city is 400 DIVISION_TOO_WIDE, a district lists its people', async () => {
    const city = await staffToken('3710', 'city');
    const whole = await invoke(worklist, { token: city, query: {} });
    expect(whole.status).toBe(400);
    expect(whole.body.error).toMatchObject({ code: 'DIVISION_TOO_WIDE', message: '全市的名单太长，请先选择一个区市' });
    const district = await invoke(worklist, { token: city, query: { division: RANKED.slice(0, 6) } });
    expect(district.status).toBe(200);
    expect(district.body.totalBehind).toBeGreaterThanOrEqual(3);
  });
});

describe('matches for a person', () => {
  it('jobs within the community’s circle with Chinese reasons, and a note when no resident is linked', async () => {
    const community = findCommunity(SERVED)!;
    expect(community).toBeTruthy();
    const person = await newPerson(SERVED, { categories: ['大龄'] });
    const res = await invoke(personMatches, { token: await staffToken(SERVED, 'community'), params: { personId: person.id } });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.jobs)).toBe(true);
    expect(res.body.note).toContain('未关联居民账号');
    for (const job of res.body.jobs) expect(job.reasons.length).toBeGreaterThan(0);
    expect((await invoke(personMatches, { token: await tokenFor({ userId: 'x', role: 'staff', staff: { level: 'community', divisionCode: RANKED } }), params: { personId: person.id } })).status).toBe(403);
  });
});
