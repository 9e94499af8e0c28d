import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { remindIfBooked } from '../../functions/adapters/dynamo/training-bookings';
import { weihaiClock } from '../../functions/domain/time/weihai-clock';
import { handler as listTrainings } from '../../functions/handlers/trainings/list-trainings';
import { handler as getTraining } from '../../functions/handlers/trainings/get-training';
import { handler as bookSession } from '../../functions/handlers/trainings/book-session';
import { handler as cancelBooking } from '../../functions/handlers/trainings/cancel-booking';
import { handler as myTrainings } from '../../functions/handlers/trainings/my-trainings';
import { handler as createTraining } from '../../functions/handlers/trainings/create-training';
import { handler as createSession } from '../../functions/handlers/trainings/create-session';
import { handler as staffTrainings } from '../../functions/handlers/trainings/staff-trainings';
import { handler as trainingRoster } from '../../functions/handlers/trainings/training-roster';
import { handler as rosterExport } from '../../functions/handlers/trainings/training-roster-export';
import { handler as markAttendance } from '../../functions/handlers/trainings/mark-attendance';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { putResident } from './fixtures';
import { weihaiDay } from './fixtures-employers';
import { invoke, tokenFor } from './invoke';

const DONGSHAN = '371002002001';
const HOUR = 3600_000;
const staff = (divisionCode: string, level: 'community' | 'street' | 'district' | 'city') =>
  tokenFor({ userId: `user-staff-t-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });
const provider = () => tokenFor({ userId: 'user-employer-haiyue', role: 'employer', orgId: 'org-001' });
const otherEmployer = () => tokenFor({ userId: 'user-employer-xinyuan', role: 'employer', orgId: 'org-002' });

const trainingBody = (extra: Record<string, unknown> = {}) => ({
  title: '测试家政培训', type: '就业技能', category: '家政服务', format: '培训夜课',
  content: '家庭保洁、收纳整理与母婴护理基础，含实操练习。', hours: 4, requirements: '16-60 周岁城乡劳动者',
  eligibility: { ageMin: 16, ageMax: 60, groups: ['城乡劳动者'] }, subsidyStandard: '按 400 元/人标准补贴',
  provider: '海悦家政培训部', providerOrgId: 'org-001', address: '东山居委会二楼', communityCode: DONGSHAN, ...extra,
});

async function newTraining(extra: Record<string, unknown> = {}) {
  const res = await invoke(createTraining, { token: await staff('371002', 'district'), body: trainingBody(extra) });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

async function newSession(trainingId: string, capacity: number, days = 3) {
  const res = await invoke(createSession, {
    token: await staff('371002', 'district'), params: { trainingId }, body: { date: weihaiDay(days), startTime: '19:00', endTime: '21:00', capacity },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; hours: number; seatsLeft: number };
}

const book = (token: string, trainingId: string, sessionId: string, idempotencyKey?: string) =>
  invoke(bookSession, { token, params: { trainingId, sessionId }, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });

/** Class has begun: move the copied start time back, as the clock would. */
async function classStarted(bookingIds: string[]) {
  const past = new Date(Date.now() - HOUR).toISOString();
  await Promise.all(
    bookingIds.map((id) =>
      ddb().send(new UpdateCommand({ TableName: process.env.TABLE_NAME, Key: keys.trainingBooking(id), UpdateExpression: 'SET sessionStartsAt = :t', ExpressionAttributeValues: { ':t': past } })),
    ),
  );
}

describe('publishing trainings and sessions', () => {
  it('district staff publish; the session is a 培训夜课 19:00-21:00 of 2 学时', async () => {
    const training = await newTraining();
    const session = await newSession(training.id, 5);
    expect(session).toMatchObject({ hours: 2, seatsLeft: 5, status: 'open' });
    expect(weihaiClock(Date.parse((session as unknown as { startsAt: string }).startsAt)).hour).toBe(19);
  });

  it('community and street staff may not publish (403 FORBIDDEN, in Chinese)', async () => {
    for (const token of [await staff(DONGSHAN, 'community'), await staff('371002002', 'street')]) {
      const res = await invoke(createTraining, { token, body: trainingBody() });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(res.body.error.message).toContain('区市');
    }
  });

  it('district staff elsewhere get 403 OUT_OF_SCOPE, for the training and for its sessions', async () => {
    const res = await invoke(createTraining, { token: await staff('371003', 'district'), body: trainingBody() });
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
    const training = await newTraining();
    const session = await invoke(createSession, { token: await staff('371003', 'district'), params: { trainingId: training.id }, body: { date: weihaiDay(3), startTime: '19:00', endTime: '21:00', capacity: 5 } });
    expect(session.status).toBe(403);
  });

  it('a session in the past is refused with a Chinese message', async () => {
    const training = await newTraining();
    const res = await invoke(createSession, { token: await staff('371002', 'district'), params: { trainingId: training.id }, body: { date: weihaiDay(-1), startTime: '19:00', endTime: '21:00', capacity: 5 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('上课时间要晚于现在');
  });

  it('staff see their district, the provider sees its own trainings', async () => {
    const training = await newTraining();
    const forStaff = await invoke(staffTrainings, { token: await staff('371002', 'district') });
    expect(forStaff.body.items.map((t: { id: string }) => t.id)).toContain(training.id);
    const forProvider = await invoke(staffTrainings, { token: await provider() });
    expect(forProvider.body.items.map((t: { id: string }) => t.id)).toContain(training.id);
    const forOther = await invoke(staffTrainings, { token: await otherEmployer() });
    expect(forOther.body.items.map((t: { id: string }) => t.id)).not.toContain(training.id);
  });
});

describe('100 residents book a 20-seat class at once', () => {
  let trainingId: string;
  let sessionId: string;
  const tokens: string[] = [];
  const results: { status: number; body: { id: string; status: string; waitlistPosition: number | null } }[] = [];

  beforeAll(async () => {
    trainingId = (await newTraining()).id;
    sessionId = (await newSession(trainingId, 20)).id;
    for (let i = 0; i < 100; i++) tokens.push(await putResident(`user-tr-rush-${String(i).padStart(3, '0')}`));
    results.push(...(await Promise.all(tokens.map((token) => book(token, trainingId, sessionId)))));
  }, 180_000);

  it('books exactly 20 and queues 80 in arrival order (places 1..80)', async () => {
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    expect(results.filter((r) => r.body.status === 'booked')).toHaveLength(20);
    const waiting = results.filter((r) => r.body.status === 'waitlisted');
    expect(waiting).toHaveLength(80);
    const detail = await invoke(getTraining, { params: { trainingId } });
    expect(detail.body.sessions[0]).toMatchObject({ seatsLeft: 0, waitlistCount: 80 });
    const places = await Promise.all(
      waiting.map(async (r) => {
        const mine = await invoke(getTraining, { token: tokens[results.indexOf(r)], params: { trainingId } });
        return { id: r.body.id, place: mine.body.sessions[0].myBooking.waitlistPosition as number };
      }),
    );
    expect(places.sort((a, b) => a.id.localeCompare(b.id)).map((p) => p.place)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  }, 60_000);

  it('a second booking by the same person is 409 ALREADY_BOOKED', async () => {
    const res = await book(tokens[0], trainingId, sessionId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_BOOKED');
  });

  it('a cancellation promotes the head of the queue, who hears about it in 我的消息', async () => {
    const waiting = results.filter((r) => r.body.status === 'waitlisted').sort((a, b) => a.body.id.localeCompare(b.body.id));
    const head = results.indexOf(waiting[0]);
    const holder = results.findIndex((r) => r.body.status === 'booked');
    const cancelled = await invoke(cancelBooking, { token: tokens[holder], params: { bookingId: results[holder].body.id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusLabel: '已取消', canCancel: false });
    const mine = await invoke(myTrainings, { token: tokens[head] });
    expect(mine.body.bookings[0]).toMatchObject({ id: waiting[0].body.id, status: 'booked', waitlistPosition: null });
    const inbox = await invoke(myNotifications, { token: tokens[head] });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'training_promoted', link: expect.stringContaining(trainingId) });
    const next = await invoke(myTrainings, { token: tokens[results.indexOf(waiting[1])] });
    expect(next.body.bookings[0].waitlistPosition).toBe(1);
    // Someone else cannot cancel it: their id is "not found".
    const foreign = await invoke(cancelBooking, { token: tokens[head], params: { bookingId: results[holder].body.id } });
    expect(foreign.status).toBe(404);
  });

  it('the roster lists seat holders, then the queue in order, with masked phones', async () => {
    const res = await invoke(trainingRoster, { token: await provider(), params: { trainingId, sessionId } });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(100);
    expect(res.body.items[0].phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(res.body.items.filter((i: { status: string }) => i.status === 'waitlisted').map((i: { waitlistPosition: number }) => i.waitlistPosition)).toEqual(
      Array.from({ length: 79 }, (_, i) => i + 1),
    );
  });
});

describe('eligibility (参训要求)', () => {
  it('an ineligible resident gets 409 NOT_ELIGIBLE with the reason in Chinese', async () => {
    const training = await newTraining({ eligibility: { ageMin: 16, ageMax: 45, groups: ['高校毕业生'] } });
    const session = await newSession(training.id, 5);
    const res = await book(await putResident('user-tr-old'), training.id, session.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('NOT_ELIGIBLE');
    expect(res.body.error.message).toContain('超过了 45 岁');
    expect(res.body.error.message).toContain('高校毕业生');
    expect(res.body.error.details.reasons).toHaveLength(2);
  });
});

describe('idempotent booking', () => {
  it('a replayed Idempotency-Key gets the same answer, not ALREADY_BOOKED', async () => {
    const training = await newTraining();
    const session = await newSession(training.id, 5);
    const token = await putResident('user-tr-replay');
    const first = await book(token, training.id, session.id, 'tr-replay-key-0001');
    const again = await book(token, training.id, session.id, 'tr-replay-key-0001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('the booking carries a reminder 2 h before class; the reminder goes only to a booked seat', async () => {
    const training = await newTraining();
    const session = await newSession(training.id, 5);
    const token = await putResident('user-tr-remind');
    const booked = await book(token, training.id, session.id);
    const detail = await invoke(getTraining, { params: { trainingId: training.id } });
    const due = new Date(Date.parse(detail.body.sessions[0].startsAt) - 2 * HOUR).toISOString();
    const { Items } = await ddb().send(
      new QueryCommand({ TableName: process.env.TABLE_NAME, KeyConditionExpression: 'PK = :pk AND SK = :sk', ExpressionAttributeValues: { ':pk': keys.timer(due, 'training-reminder', booked.body.id).PK, ':sk': keys.timer(due, 'training-reminder', booked.body.id).SK } }),
    );
    expect(Items).toHaveLength(1);
    await remindIfBooked(booked.body.id, Date.now());
    expect((await invoke(myNotifications, { token })).body.items[0]).toMatchObject({ kind: 'training_reminder' });
  });
});

describe('attendance, hours and the certificate', () => {
  let trainingId: string;
  const sessionIds: string[] = [];
  let token: string;
  const bookingIds: string[] = [];

  beforeAll(async () => {
    trainingId = (await newTraining({ hours: 4 })).id;
    for (const days of [3, 5]) sessionIds.push((await newSession(trainingId, 5, days)).id);
    token = await putResident('user-tr-attend');
    for (const sid of sessionIds) bookingIds.push((await book(token, trainingId, sid)).body.id);
  });

  it('cannot be marked before class starts (409 ATTENDANCE_NOT_OPEN)', async () => {
    const res = await invoke(markAttendance, { token: await provider(), params: { bookingId: bookingIds[0] }, body: { attended: true } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ATTENDANCE_NOT_OPEN');
  });

  it('only in-scope staff or the provider may mark it (403 for others)', async () => {
    await classStarted(bookingIds);
    const outsiders = [await staff(DONGSHAN, 'community'), await staff('371003', 'district'), await otherEmployer(), await putResident('user-tr-nosy')];
    for (const outsider of outsiders) {
      const res = await invoke(markAttendance, { token: outsider, params: { bookingId: bookingIds[0] }, body: { attended: true } });
      expect(res.status).toBe(403);
    }
    const roster = await invoke(trainingRoster, { token: await otherEmployer(), params: { trainingId, sessionId: sessionIds[0] } });
    expect(roster.status).toBe(403);
  });

  it('attended classes add hours; the certificate comes when they reach the 培训学时', async () => {
    const first = await invoke(markAttendance, { token: await provider(), params: { bookingId: bookingIds[0] }, body: { attended: true } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'attended', statusLabel: '已出勤', hoursDone: 2 });
    expect((await invoke(myTrainings, { token })).body.progress[0]).toMatchObject({ hoursDone: 2, certificate: null });
    // Marking the same again changes nothing.
    const twice = await invoke(markAttendance, { token: await provider(), params: { bookingId: bookingIds[0] }, body: { attended: true } });
    expect(twice.body.hoursDone).toBe(2);
    const second = await invoke(markAttendance, { token: await staff('371002', 'district'), params: { bookingId: bookingIds[1] }, body: { attended: true } });
    expect(second.body.hoursDone).toBe(4);
    const mine = await invoke(myTrainings, { token });
    expect(mine.body.totalHours).toBe(4);
    expect(mine.body.progress[0].certificate).toMatchObject({ id: expect.stringMatching(/^cert-/), title: expect.stringContaining('测试家政培训') });
    expect((await invoke(myNotifications, { token })).body.items[0]).toMatchObject({ kind: 'training_certificate' });
  });

  it('an attended class cannot become 缺课', async () => {
    const res = await invoke(markAttendance, { token: await provider(), params: { bookingId: bookingIds[0] }, body: { attended: false } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SIGNUP_STATE_CHANGED');
  });

  it('the roster exports to an xlsx link', async () => {
    const res = await invoke(rosterExport, { token: await staff('371002', 'district'), params: { trainingId, sessionId: sessionIds[0] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 1, fileName: expect.stringMatching(/\.xlsx$/) });
    expect(res.body.url).toContain('exports/');
  });
});

describe('trainings near 张秀英', () => {
  it('lists an evening class near her home, with her eligibility', async () => {
    const zhang = await tokenFor({ userId: 'user-resident-zhang', role: 'resident' });
    const res = await invoke(listTrainings, { token: zhang, query: { format: '培训夜课' } });
    expect(res.status).toBe(200);
    expect(res.body.centre.source).toBe('home');
    const evening = res.body.items.find((t: { community: { code: string } }) => t.community.code === DONGSHAN);
    expect(evening).toBeDefined();
    expect(weihaiClock(Date.parse(evening.nextSession.startsAt)).hour).toBe(19);
    expect(evening.myEligibility).toEqual({ eligible: expect.any(Boolean), reasons: expect.any(Array) });
    expect(res.body.items[0].distanceMeters).toBeLessThanOrEqual(res.body.items[res.body.items.length - 1].distanceMeters ?? Infinity);
  });

  it('a neighbour with a birth year is eligible for the seeded evening class', async () => {
    const res = await invoke(listTrainings, { token: await putResident('user-tr-neighbour'), query: { format: '培训夜课' } });
    const seeded = res.body.items.find((t: { id: string }) => t.id === 'training-001');
    expect(seeded.myEligibility.eligible).toBe(true);
  });

  it('without a position or a home it is 400 LOCATION_REQUIRED; a position works for anyone', async () => {
    expect((await invoke(listTrainings, {})).body.error.code).toBe('LOCATION_REQUIRED');
    const near = await invoke(listTrainings, { query: { near: `${37.5},${122.1}` } });
    expect(near.status).toBe(200);
    expect(near.body.centre.source).toBe('location');
    expect(near.body.items.every((t: { myEligibility: unknown }) => t.myEligibility === null)).toBe(true);
  });
});

describe('注销 with a training place', () => {
  it('gives the seat back before the account goes', async () => {
    const { handler: deleteMe } = await import('../../functions/handlers/profile/delete-me');
    const trainingId = (await newTraining()).id;
    const sessionId = (await newSession(trainingId, 1)).id;
    const leaving = await putResident('training-leaver');
    const next = await putResident('training-next');
    expect((await book(leaving, trainingId, sessionId)).body.status).toBe('booked');
    expect((await book(next, trainingId, sessionId)).body.status).toBe('waitlisted');
    expect((await invoke(deleteMe, { token: leaving })).status).toBe(200);
    const mine = await invoke(myTrainings, { token: next });
    expect(mine.body.bookings.find((b: { session: { id: string } }) => b.session.id === sessionId)?.status).toBe('booked');
  });
});

describe('a class on a day that does not exist', () => {
  it('is a 400 with a Chinese message, not a 500 or another day', async () => {
    const trainingId = (await newTraining()).id;
    for (const date of ['2027-13-01', '2027-02-30']) {
      const res = await invoke(createSession, {
        token: await staff('371002', 'district'), params: { trainingId }, body: { date, startTime: '19:00', endTime: '21:00', capacity: 10 },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('没有这一天');
    }
  });
});
