import ExcelJS from 'exceljs';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { handler as dashboard } from '../../functions/handlers/dashboard/dashboard';
import { handler as dashboardExport } from '../../functions/handlers/dashboard/dashboard-export';
import { handler as createSignup } from '../../functions/handlers/signups/create-signup';
import { handler as approveSignup } from '../../functions/handlers/signups/approve-signup';
import { handler as reviewApplication } from '../../functions/handlers/subsidies/review-application';
import { applyStreamRecord, readCounters } from '../../functions/adapters/dynamo/stats';
import { ddb } from '../../functions/commons/dynamo';
import { currentYear } from '../../functions/domain/stats/dashboard';
import { counterKey } from '../../functions/domain/stats/rollup';
import { putJob, putResident } from './fixtures';
import { DONGSHAN, HUANCUI, JINGYUAN, districtStaff, dongshanStaff, staff, streetStaff, submittedStartup } from './fixtures-subsidies';
import { invoke } from './invoke';
import { drainStats } from './stats-drain';

/**
 * Dashboard figures after real events: other test files write to the same table at the same time, so the events here
 * are approved with the clock set to March 2019 — a month only this file's events fall in — and every level's figure
 * for it must equal exactly what happened here.
 */
const PERIOD = 'M2019-03';
const IN_2019 = Date.parse('2019-03-15T02:00:00Z');
const LEVELS = [DONGSHAN, JINGYUAN, HUANCUI, '3710'];
const cityStaff = () => staff('city', '3710');

const read = async (division: string, period = PERIOD, token?: string) =>
  invoke(dashboard, { token: token ?? (await cityStaff()), query: { division, period } });

/** Only Date is faked: timers, sockets and the SDK keep running. */
function clockAt(ms: number) {
  jest.useFakeTimers({ now: ms, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
}

beforeAll(async () => {
  await drainStats();
});

afterEach(() => jest.useRealTimers());

describe('dashboard figures from the stream-kept counters', () => {
  it('a sign-up approved and a subsidy approved count once at the community, street, district and city', async () => {
    const before = await Promise.all(LEVELS.map((code) => read(code)));
    before.forEach((r) => expect(r.status).toBe(200));

    await putJob('dash-job', { lat: 37.505, lng: 122.115 }, { communityCode: DONGSHAN });
    const resident = await putResident('user-dash-worker');
    const signup = await invoke(createSignup, { token: resident, params: { jobId: 'dash-job' } });
    expect(signup.status).toBe(201);
    const { id: applicationId } = await submittedStartup('user-dash-applicant');

    clockAt(IN_2019);
    expect((await invoke(approveSignup, { token: await dongshanStaff(), params: { signupId: signup.body.id } })).status).toBe(200);
    for (const token of [dongshanStaff(), streetStaff()]) {
      expect((await invoke(reviewApplication, { token: await token, params: { applicationId }, body: { decision: 'approve' } })).status).toBe(200);
    }
    const approved = await invoke(reviewApplication, { token: await districtStaff(), params: { applicationId }, body: { decision: 'approve' } });
    expect(approved.body.status).toBe('approved');
    jest.useRealTimers();

    expect(await drainStats()).toBeGreaterThan(0);
    const after = await Promise.all(LEVELS.map((code) => read(code)));
    after.forEach((r, i) => {
      const [b, a] = [before[i].body.figures, r.body.figures];
      expect({ level: LEVELS[i], filled: a.signupsFilled - b.signupsFilled, approved: a.subsidiesApproved - b.subsidiesApproved, yuan: a.subsidyYuanApproved - b.subsidyYuanApproved })
        .toEqual({ level: LEVELS[i], filled: 1, approved: 1, yuan: approved.body.amount.yuan ?? 0 });
    });
    // the year holds the month; the street's row in its district's table says the same
    expect((await read(JINGYUAN, 'Y2019')).body.figures.signupsFilled).toBe(after[1].body.figures.signupsFilled);
    expect(after[2].body.children.find((c: { code: string }) => c.code === JINGYUAN).fillRate).toBe(after[1].body.rates.fillRate);
  });

  it('the city dashboard reads the same 16 counter items however many events there were, and never queries', async () => {
    const send = jest.spyOn(ddb(), 'send');
    const countReads = () => {
      const batchKeys = send.mock.calls.map(([command]) => command).filter((c) => c instanceof BatchGetCommand)
        .reduce((n, c) => n + Object.values((c as BatchGetCommand).input.RequestItems ?? {}).reduce((m, r) => m + (r.Keys?.length ?? 0), 0), 0);
      const others = send.mock.calls.filter(([command]) => !(command instanceof BatchGetCommand)).length;
      return { batchKeys, others };
    };
    const first = await read('3710', currentYear(Date.now()));
    expect(first.body.itemsRead).toBe(16);
    const reads = countReads();
    expect(reads).toEqual({ batchKeys: 16, others: 0 });

    // more events: another approved sign-up
    await putJob('dash-job-2', { lat: 37.505, lng: 122.115 }, { communityCode: DONGSHAN });
    const resident = await putResident('user-dash-worker-2');
    const signup = await invoke(createSignup, { token: resident, params: { jobId: 'dash-job-2' } });
    await invoke(approveSignup, { token: await dongshanStaff(), params: { signupId: signup.body.id } });
    await drainStats();

    send.mockClear();
    const second = await read('3710', currentYear(Date.now()));
    expect(second.body.itemsRead).toBe(16);
    expect(countReads()).toEqual({ batchKeys: 16, others: 0 });
    expect(second.body.figures.signupsFilled).toBeGreaterThanOrEqual(first.body.figures.signupsFilled + 1);
    send.mockRestore();
  });

  it('a replayed stream record is not counted twice', async () => {
    const image = (status: string) => ({
      PK: 'SIGNUP#dash-replay', SK: 'SIGNUP', entity: 'signup', status, job: { communityCode: DONGSHAN }, createdAt: '2019-04-01T02:00:00Z',
      history: [{ status: 'pending', at: '2019-04-01T02:00:00Z' }, ...(status === 'approved' ? [{ status: 'approved', at: '2019-04-02T02:00:00Z' }] : [])],
    });
    const record = { eventId: `dash-replay-${Date.now()}`, at: new Date().toISOString(), keys: { PK: 'SIGNUP#dash-replay', SK: 'SIGNUP' }, oldImage: image('pending'), newImage: image('approved') };
    expect(await applyStreamRecord(record)).toBe('applied');
    expect(await applyStreamRecord(record)).toBe('duplicate');
    const counters = await readCounters(LEVELS.map((division) => ({ division, period: 'M2019-04' })));
    for (const division of LEVELS) expect(counters.get(counterKey(division, 'M2019-04'))?.signupsFilled).toBe(1);
    // the counter items themselves never feed back into the counters
    expect(await applyStreamRecord({ ...record, eventId: `${record.eventId}-stat`, keys: { PK: `STAT#${DONGSHAN}`, SK: 'P#ALL' } })).toBe('ignored');
  });
});

describe('dashboard scope and defaults', () => {
  it('shows the caller’s own division this year by default', async () => {
    const own = await invoke(dashboard, { token: await streetStaff(), query: {} });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ division: { code: JINGYUAN, level: 'street' }, period: currentYear(Date.now()) });
    expect(own.body.children.map((c: { code: string }) => c.code)).toContain(DONGSHAN);
    expect(own.body.itemsRead).toBe(2 + 2 * own.body.children.length);
  });

  it('lets staff drill down but not sideways or up (403), and names an unknown division (404)', async () => {
    expect((await read(DONGSHAN, PERIOD, await streetStaff())).status).toBe(200);
    const up = await read(JINGYUAN, PERIOD, await dongshanStaff());
    expect(up.status).toBe(403);
    expect(up.body.error.code).toBe('OUT_OF_SCOPE');
    expect((await read('371002002002', PERIOD, await dongshanStaff())).status).toBe(403);
    const unknown = await read('371099', PERIOD);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('DIVISION_NOT_FOUND');
    expect((await read(DONGSHAN, '2019-03')).status).toBe(400);
  });

  it('exports the view with its next level down as Excel', async () => {
    const file = await invoke(dashboardExport, { token: await streetStaff(), query: { period: PERIOD } });
    expect(file.status).toBe(200);
    expect(file.body.fileName).toBe('数据看板-鲸园街道-2019年3月.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await fetch(file.body.url)).arrayBuffer()) as unknown as ArrayBuffer);
    const children = book.getWorksheet('下级区划')!;
    expect(children.rowCount).toBe(file.body.rows + 1);
    expect(children.getColumn(1).values).toContain(DONGSHAN);
    expect(book.getWorksheet('看板')!.getCell('A1').value).toBe('鲸园街道 数据看板 · 2019年3月');
  });
});
