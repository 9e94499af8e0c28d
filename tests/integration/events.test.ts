import { handler as createEvent } from '../../functions/handlers/events/create-event';
import { handler as staffEvents } from '../../functions/handlers/events/staff-events';
import { handler as eventRoster } from '../../functions/handlers/events/event-roster';
import { handler as nearbyEvents } from '../../functions/handlers/events/nearby-events';
import { handler as getEvent } from '../../functions/handlers/events/get-event';
import { handler as registerForEvent } from '../../functions/handlers/events/register-for-event';
import { handler as cancelRegistration } from '../../functions/handlers/events/cancel-event-registration';
import { handler as myNotifications } from '../../functions/handlers/signups/my-notifications';
import { putResident } from './fixtures';
import { invoke, tokenFor } from './invoke';

const HOUR = 3600_000;
const DONGSHAN = '371002002001';
const VILLAGE = '371003001203';
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

const staffOf = (divisionCode: string, level: 'community' | 'street' | 'district' | 'city' = 'community') =>
  tokenFor({ userId: `user-staff-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });

const fair = (extra: Record<string, unknown> = {}) => ({
  title: '东山社区测试招聘会', startsAt: inHours(48), endsAt: inHours(50), address: '东山居委会一楼活动室',
  communityCode: DONGSHAN, capacity: 10, orgIds: ['org-001', 'org-002'], description: '现场洽谈', ...extra,
});

async function newEvent(extra: Record<string, unknown> = {}) {
  const res = await invoke(createEvent, { token: await staffOf(DONGSHAN), body: fair(extra) });
  expect(res.status).toBe(201);
  return res.body as { id: string; seatsLeft: number };
}

const register = (token: string, eventId: string, idempotencyKey?: string) =>
  invoke(registerForEvent, { token, params: { eventId }, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });

describe('creating an event', () => {
  it('staff in scope create one (201) with the community location and employer names', async () => {
    const res = await invoke(createEvent, { token: await staffOf(DONGSHAN), body: fair({ onlineMode: '直播带岗', onlineUrl: 'https://live.example.cn/x' }) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ capacity: 10, seatsLeft: 10, waitlistCount: 0, status: 'open', onlineMode: '直播带岗', community: { code: DONGSHAN } });
    expect(res.body.location.source).toBe('generated');
    expect(res.body.employers.map((e: { id: string }) => e.id)).toEqual(['org-001', 'org-002']);
    expect(res.body.employers[0].name).toBeTruthy();
  });

  it('staff of another community get 403 OUT_OF_SCOPE', async () => {
    const res = await invoke(createEvent, { token: await staffOf(VILLAGE), body: fair() });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('OUT_OF_SCOPE');
  });

  it.each([
    ['end before start', { endsAt: inHours(47) }, '结束时间要晚于开始时间'],
    ['a link without a mode', { onlineUrl: 'https://live.example.cn/x' }, '直播带岗'],
    ['a start in the past', { startsAt: inHours(-1), endsAt: inHours(2) }, '开始时间要晚于现在'],
    ['an unknown employer', { orgIds: ['org-001', 'org-nope'] }, 'org-nope'],
  ])('refuses %s with 400 and a Chinese message', async (_, extra, words) => {
    const res = await invoke(createEvent, { token: await staffOf(DONGSHAN), body: fair(extra) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toContain(words);
  });

  it('residents cannot create events', async () => {
    const res = await invoke(createEvent, { token: await putResident('user-ev-notstaff'), body: fair() });
    expect(res.status).toBe(403);
  });
});

describe('30 residents register at once for 10 seats', () => {
  let eventId: string;
  const tokens: string[] = [];
  const results: { status: number; body: { id: string; status: string; waitlistPosition: number | null } }[] = [];

  beforeAll(async () => {
    eventId = (await newEvent({ capacity: 10 })).id;
    for (let i = 0; i < 30; i++) tokens.push(await putResident(`user-ev-rush-${String(i).padStart(2, '0')}`, { phone: `1390631${String(1000 + i)}` }));
    results.push(...(await Promise.all(tokens.map((token) => register(token, eventId)))));
  }, 60_000);

  it('gives exactly 10 seats and queues 20 in order', async () => {
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(10);
    const waiting = results.filter((r) => r.body.status === 'waitlisted');
    expect(waiting).toHaveLength(20);
    const event = await invoke(getEvent, { params: { eventId } });
    expect(event.body).toMatchObject({ seatsLeft: 0, waitlistCount: 20 });
    // Each resident's place, read now, is their rank in arrival (id) order.
    const places = await Promise.all(
      waiting.map(async (r) => {
        const i = results.indexOf(r);
        return { id: r.body.id, place: (await invoke(getEvent, { token: tokens[i], params: { eventId } })).body.myRegistration.waitlistPosition };
      }),
    );
    const byId = places.sort((a, b) => a.id.localeCompare(b.id)).map((p) => p.place);
    expect(byId).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a second registration by the same person is 409 ALREADY_REGISTERED', async () => {
    const res = await register(tokens[0], eventId);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_REGISTERED');
  });

  it('a cancellation hands the seat to the head of the queue, who hears about it in 我的消息', async () => {
    const waiting = results.filter((r) => r.body.status === 'waitlisted').sort((a, b) => a.body.id.localeCompare(b.body.id));
    const head = results.indexOf(waiting[0]);
    const holder = results.findIndex((r) => r.body.status === 'registered');
    const cancelled = await invoke(cancelRegistration, { token: tokens[holder], params: { registrationId: results[holder].body.id } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusLabel: '已取消' });
    const mine = await invoke(getEvent, { token: tokens[head], params: { eventId } });
    expect(mine.body.myRegistration).toMatchObject({ id: waiting[0].body.id, status: 'registered', waitlistPosition: null });
    expect(mine.body).toMatchObject({ seatsLeft: 0, waitlistCount: 19 });
    const inbox = await invoke(myNotifications, { token: tokens[head] });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'event_promoted', link: expect.stringContaining(eventId) });
    // The next in line moved up to first.
    const next = await invoke(getEvent, { token: tokens[results.indexOf(waiting[1])], params: { eventId } });
    expect(next.body.myRegistration.waitlistPosition).toBe(1);
  });

  it('cancelling again is refused, and someone else cannot cancel it', async () => {
    const holder = results.findIndex((r) => r.body.status === 'registered');
    const again = await invoke(cancelRegistration, { token: tokens[holder], params: { registrationId: results[holder].body.id } });
    expect(again.status).toBe(409);
    const other = results.findIndex((r, i) => i !== holder && r.body.status === 'registered');
    const stranger = await invoke(cancelRegistration, { token: tokens[holder], params: { registrationId: results[other].body.id } });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.code).toBe('REGISTRATION_NOT_FOUND');
  });

  it('the roster shows names and masked phones to staff in scope, and 403 to others', async () => {
    const roster = await invoke(eventRoster, { token: await staffOf('371002', 'district'), params: { eventId } });
    expect(roster.status).toBe(200);
    expect(roster.body.items).toHaveLength(30);
    expect(roster.body.items.filter((i: { status: string }) => i.status === 'registered')).toHaveLength(10);
    for (const item of roster.body.items) expect(item.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(JSON.stringify(roster.body)).not.toMatch(/1390631\d{4}/);
    expect(roster.body.items[0]).toMatchObject({ name: expect.stringContaining('居民'), homeCommunityName: '东山居委会' });
    const outside = await invoke(eventRoster, { token: await staffOf(VILLAGE), params: { eventId } });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('registration rules', () => {
  it('a replayed Idempotency-Key returns the same body and registers once', async () => {
    const { id } = await newEvent({ capacity: 5 });
    const token = await putResident('user-ev-idem');
    const first = await register(token, id, 'event-retry-0001');
    const replay = await register(token, id, 'event-retry-0001');
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect((await invoke(getEvent, { params: { eventId: id } })).body.seatsLeft).toBe(4);
  });

  it('an unknown event is 404, staff cannot register, anonymous callers must sign in', async () => {
    expect((await register(await putResident('user-ev-404'), 'evt-nope')).body.error.code).toBe('EVENT_NOT_FOUND');
    const { id } = await newEvent();
    expect((await register(await staffOf(DONGSHAN), id)).status).toBe(403);
    expect((await invoke(registerForEvent, { params: { eventId: id } })).status).toBe(401);
  });
});

describe('nearby events and the staff list', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = (await newEvent({ title: '附近测试招聘会' })).id;
  });

  it('a resident of the district sees it with distance and walk time, sorted by start', async () => {
    const token = await putResident('user-ev-near', { homeCommunityCode: '371002002002' });
    const res = await invoke(nearbyEvents, { token });
    expect(res.status).toBe(200);
    const mine = res.body.items.find((e: { id: string }) => e.id === eventId);
    expect(mine).toBeDefined();
    expect(mine.distanceMeters).toEqual(expect.any(Number));
    expect(mine.walkMinutes).toBeGreaterThanOrEqual(1);
    const starts = res.body.items.map((e: { startsAt: string }) => e.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('a position finds the same district; a resident of another district does not see it', async () => {
    const event = (await invoke(getEvent, { params: { eventId } })).body;
    const near = await invoke(nearbyEvents, { query: { lat: String(event.location.lat), lng: String(event.location.lng) } });
    expect(near.status).toBe(200);
    expect(near.body.items.find((e: { id: string }) => e.id === eventId)).toMatchObject({ distanceMeters: 0 });
    const far = await invoke(nearbyEvents, { token: await putResident('user-ev-far', { homeCommunityCode: VILLAGE }) });
    expect(far.body.items.find((e: { id: string }) => e.id === eventId)).toBeUndefined();
  });

  it('anonymous without a position is 400 LOCATION_REQUIRED', async () => {
    const res = await invoke(nearbyEvents);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('LOCATION_REQUIRED');
  });

  it('staff see the events of their scope: the city sees it, another district does not', async () => {
    const city = await invoke(staffEvents, { token: await staffOf('3710', 'city') });
    expect(city.status).toBe(200);
    expect(city.body.items.some((e: { id: string }) => e.id === eventId)).toBe(true);
    const village = await invoke(staffEvents, { token: await staffOf(VILLAGE) });
    expect(village.body.items.some((e: { id: string }) => e.id === eventId)).toBe(false);
    expect(village.body.items.some((e: { id: string }) => e.id === 'evt-demo-wendeng')).toBe(true);
  });
});
