import { completions12333, statDeltas, type StatDelta } from './deltas';

const DONGSHAN = '371002002001';
const OTHER = '371083001001';

/** Deltas as `community period metric amount` lines, easy to read in a failure. */
const lines = (deltas: StatDelta[]) => deltas.map((d) => `${d.communityCode} ${d.period} ${d.metric} ${d.amount}`).sort();
const at = '2026-11-23T02:00:00.000Z';

const signup = (history: { status: string; at: string }[], extra: Record<string, unknown> = {}) => ({
  PK: 'SIGNUP#s1', SK: 'SIGNUP', entity: 'signup', id: 's1', status: history[history.length - 1].status,
  job: { communityCode: DONGSHAN }, createdAt: history[0].at, history: history.map((h) => ({ ...h, by: 'staff', note: null })), ...extra,
});

describe('sign-ups', () => {
  const created = signup([{ status: 'pending', at: '2026-11-20T01:00:00.000Z' }]);

  it('count where the job is, in the Weihai year and month they were made', () => {
    expect(lines(statDeltas(null, created, at))).toEqual([`${DONGSHAN} M2026-11 signups 1`, `${DONGSHAN} Y2026 signups 1`]);
  });

  it('count an approval in the month of the approval, by Weihai date (23:30 UTC on 31 Jan is 1 Feb in Weihai)', () => {
    const approved = signup([{ status: 'pending', at: '2026-01-30T01:00:00.000Z' }, { status: 'approved', at: '2026-01-31T16:30:00.000Z' }]);
    const before = signup([{ status: 'pending', at: '2026-01-30T01:00:00.000Z' }]);
    expect(lines(statDeltas(before, approved, at))).toEqual([`${DONGSHAN} M2026-02 signupsFilled 1`, `${DONGSHAN} Y2026 signupsFilled 1`]);
  });

  it('count completion and 缺勤, and nothing for a write that changes no counted fact', () => {
    const base = [{ status: 'pending', at: '2026-11-01T01:00:00.000Z' }, { status: 'approved', at: '2026-11-02T01:00:00.000Z' }];
    const approved = signup(base);
    expect(lines(statDeltas(approved, signup([...base, { status: 'no_show', at: '2026-11-03T01:00:00.000Z' }]), at))).toEqual([
      `${DONGSHAN} M2026-11 noShows 1`, `${DONGSHAN} Y2026 noShows 1`,
    ]);
    expect(statDeltas(approved, { ...approved, checkInCode: '123456', updatedAt: at }, at)).toEqual([]);
  });
});

describe('jobs', () => {
  const job = (extra: Record<string, unknown>) => ({ PK: 'JOB#j1', SK: 'PROFILE', entity: 'job', communityCode: DONGSHAN, headcount: 4, createdAt: '2026-10-02T01:00:00.000Z', ...extra });

  it('count once when first published, with their headcount', () => {
    const draft = job({ status: 'draft', publishedAt: null });
    const open = job({ status: 'open', publishedAt: '2026-11-05T01:00:00.000Z' });
    expect(statDeltas(null, draft, at)).toEqual([]);
    expect(lines(statDeltas(draft, open, at))).toEqual([
      `${DONGSHAN} M2026-11 headcountPosted 4`, `${DONGSHAN} M2026-11 jobsPosted 1`, `${DONGSHAN} Y2026 headcountPosted 4`, `${DONGSHAN} Y2026 jobsPosted 1`,
    ]);
    // closing, or a draft closed unpublished, posts nothing
    expect(statDeltas(open, { ...open, status: 'closed' }, at)).toEqual([]);
    expect(statDeltas(draft, { ...draft, status: 'closed' }, at)).toEqual([]);
  });

  it('move their figures when an edit changes the headcount or the community', () => {
    const open = job({ status: 'open', publishedAt: '2026-11-05T01:00:00.000Z' });
    expect(lines(statDeltas(open, { ...open, headcount: 6, communityCode: OTHER }, at))).toEqual([
      `${DONGSHAN} M2026-11 headcountPosted -4`, `${DONGSHAN} M2026-11 jobsPosted -1`, `${DONGSHAN} Y2026 headcountPosted -4`, `${DONGSHAN} Y2026 jobsPosted -1`,
      `${OTHER} M2026-11 headcountPosted 6`, `${OTHER} M2026-11 jobsPosted 1`, `${OTHER} Y2026 headcountPosted 6`, `${OTHER} Y2026 jobsPosted 1`,
    ]);
  });

  it('from before publishedAt count at creation unless still drafts', () => {
    expect(lines(statDeltas(null, job({ status: 'open' }), at))).toContain(`${DONGSHAN} M2026-10 jobsPosted 1`);
    expect(statDeltas(null, job({ status: 'draft' }), at)).toEqual([]);
  });
});

describe('subsidy applications', () => {
  const app = (history: [string, string][], yuan: number | null = 5000) => ({
    PK: 'SUBAPP#a1', SK: 'SUBAPP', entity: 'subsidy-application', communityCode: DONGSHAN, amount: { yuan, atLeast: false, label: '' },
    status: history[history.length - 1][0], history: history.map(([status, when]) => ({ status, at: when, by: null, reason: null })),
  });

  it('are submitted once however often they are returned and resubmitted, and approved with their amount', () => {
    const h: [string, string][] = [['draft', '2026-09-01T01:00:00Z'], ['pending-community', '2026-09-02T01:00:00Z'], ['returned', '2026-10-01T01:00:00Z']];
    expect(statDeltas(app(h), app([...h, ['pending-community', '2026-10-02T01:00:00Z']]), at)).toEqual([]);
    const done = app([...h, ['pending-community', '2026-10-02T01:00:00Z'], ['approved', '2026-11-02T01:00:00Z']]);
    expect(lines(statDeltas(null, done, at))).toEqual([
      `${DONGSHAN} M2026-09 subsidiesSubmitted 1`, `${DONGSHAN} M2026-11 subsidiesApproved 1`, `${DONGSHAN} M2026-11 subsidyYuanApproved 5000`,
      `${DONGSHAN} Y2026 subsidiesApproved 1`, `${DONGSHAN} Y2026 subsidiesSubmitted 1`, `${DONGSHAN} Y2026 subsidyYuanApproved 5000`,
    ]);
  });

  it('with an amount left to the local standard count as approved with 0 yuan', () => {
    const done = app([['pending-community', '2026-11-01T01:00:00Z'], ['approved', '2026-11-02T01:00:00Z']], null);
    expect(lines(statDeltas(null, done, at)).filter((l) => l.includes('Yuan'))).toEqual([]);
    expect(lines(statDeltas(null, done, at))).toContain(`${DONGSHAN} Y2026 subsidiesApproved 1`);
  });
});

describe('assisted persons', () => {
  const person = (extra: Record<string, unknown> = {}) => ({
    PK: 'APERSON#p1', SK: 'APERSON', entity: 'assisted-person', communityCode: DONGSHAN, categories: ['大龄', '长期失业'], status: '待业', tracked: true,
    statusHistory: [{ status: '待业', since: '2026-01-01', employerName: '', recordedAt: '2026-01-02T01:00:00Z' }], serviceDates: {}, ...extra,
  });

  it('are stocks on the ledger: total, categories, status and 「12333」 tracking', () => {
    expect(lines(statDeltas(null, person(), at))).toEqual([
      `${DONGSHAN} ALL assistedTotal 1`, `${DONGSHAN} ALL cat_大龄 1`, `${DONGSHAN} ALL cat_长期失业 1`, `${DONGSHAN} ALL status_待业 1`, `${DONGSHAN} ALL tracked12333 1`,
    ]);
  });

  it('helped into work when leaving 待业, and a 公益性岗位 placement counts as both', () => {
    const before = person();
    const entry = { status: '公益性岗位安置', since: '2026-11-20', employerName: '社区', recordedAt: '2026-12-01T01:00:00Z' };
    const placed = person({ status: '公益性岗位安置', statusHistory: [...before.statusHistory, entry] });
    // correcting the employer re-records the entry: the event stays on the date the job began
    expect(statDeltas(placed, person({ status: '公益性岗位安置', statusHistory: [...before.statusHistory, { ...entry, employerName: '街道', recordedAt: at }] }), at)).toEqual([]);
    expect(lines(statDeltas(before, placed, at))).toEqual([
      `${DONGSHAN} ALL status_公益性岗位安置 1`, `${DONGSHAN} ALL status_待业 -1`,
      `${DONGSHAN} M2026-11 helpedIntoWork 1`, `${DONGSHAN} M2026-11 publicWelfarePlacements 1`,
      `${DONGSHAN} Y2026 helpedIntoWork 1`, `${DONGSHAN} Y2026 publicWelfarePlacements 1`,
    ]);
  });

  it('helped into work counts a person once a year, however often they leave 待业 in it', () => {
    const step = (status: string, since: string) => ({ status, since, employerName: status === '已就业' ? '海悦家政' : '', recordedAt: `${since}T02:00:00Z` });
    const history = [step('待业', '2025-03-01'), step('已就业', '2025-06-01'), step('待业', '2026-02-01'), step('灵活就业', '2026-03-01'), step('待业', '2026-05-01'), step('已就业', '2026-09-01')];
    const helped = lines(statDeltas(null, person({ status: '已就业', statusHistory: history }), at)).filter((l) => l.includes('helpedIntoWork'));
    expect(helped).toEqual([`${DONGSHAN} M2025-06 helpedIntoWork 1`, `${DONGSHAN} M2026-03 helpedIntoWork 1`, `${DONGSHAN} Y2025 helpedIntoWork 1`, `${DONGSHAN} Y2026 helpedIntoWork 1`]);
  });

  it('moving to another community takes the stocks along; leaving the ledger takes them away', () => {
    const moved = lines(statDeltas(person(), person({ communityCode: OTHER }), at));
    expect(moved).toContain(`${DONGSHAN} ALL assistedTotal -1`);
    expect(moved).toContain(`${OTHER} ALL assistedTotal 1`);
    expect(lines(statDeltas(person(), null, at))).toContain(`${DONGSHAN} ALL tracked12333 -1`);
  });
});

describe('「12333」 completion per calendar year', () => {
  const dates = (n: number, month: string) => Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  const full = { 政策对接: dates(2, '2026-02'), 职业指导: dates(3, '2026-03'), 岗位推荐: dates(3, '2026-04'), 培训信息: dates(3, '2026-05') };

  it('completes on the day the last of the four counts reaches its target', () => {
    expect(completions12333(full, at)).toEqual([{ year: 2026, date: '2026-05-03' }]);
  });

  it('does not complete one service short, nor with dates from another year', () => {
    expect(completions12333({ ...full, 政策对接: ['2026-02-01'] }, at)).toEqual([]);
    expect(completions12333({ ...full, 政策对接: ['2025-12-31', '2026-02-01'] }, at)).toEqual([]);
  });

  it('judges only this year and the last one (the item keeps 24 months)', () => {
    const old = { 政策对接: dates(2, '2024-02'), 职业指导: dates(3, '2024-03'), 岗位推荐: dates(3, '2024-04'), 培训信息: dates(3, '2024-05') };
    expect(completions12333(old, at)).toEqual([]);
    expect(completions12333(old, '2025-06-01T00:00:00Z')).toEqual([{ year: 2024, date: '2024-05-03' }]);
  });

  const p = { PK: 'APERSON#p', SK: 'APERSON', entity: 'assisted-person', communityCode: DONGSHAN, categories: [], status: '待业', tracked: true, statusHistory: [] };

  it('counts each service on its date, and the completion in its year and month, only for tracked persons', () => {
    const before = { ...p, serviceDates: { ...full, 培训信息: dates(2, '2026-05') } };
    expect(lines(statDeltas(before, { ...p, serviceDates: full }, at))).toEqual([
      `${DONGSHAN} M2026-05 completed12333 1`, `${DONGSHAN} M2026-05 svc_培训信息 1`, `${DONGSHAN} Y2026 completed12333 1`, `${DONGSHAN} Y2026 svc_培训信息 1`,
    ]);
    const untracked = lines(statDeltas(null, { ...p, tracked: false, serviceDates: full }, at));
    expect(untracked.filter((l) => l.includes('completed'))).toEqual([]);
    expect(untracked).toContain(`${DONGSHAN} Y2026 svc_职业指导 3`);
  });

  it('services dropped from the 24-month list change nothing once their year is no longer judged', () => {
    const before = { ...p, serviceDates: { 政策对接: ['2024-11-01', '2026-11-01'] } };
    expect(statDeltas(before, { ...p, serviceDates: { 政策对接: ['2026-11-01'] } }, at)).toEqual([]);
  });
});

describe('stations, services, surveys, training', () => {
  const standards = (met: number) => ['标识', '专兼职服务人员', '制度流程', '电子设备', '宣传专栏', '活动场所'].map((standard, i) => ({ standard, met: i < met, note: '', photoKeys: [] }));
  const station = (met: number) => ({ PK: `STATION#${DONGSHAN}`, SK: 'STATION', entity: 'station', communityCode: DONGSHAN, standards: standards(met) });

  it('a station counts as recorded, and as meeting 「六有」 only with all six', () => {
    expect(lines(statDeltas(null, station(5), at))).toEqual([`${DONGSHAN} ALL stationsRecorded 1`]);
    expect(lines(statDeltas(station(5), station(6), at))).toEqual([`${DONGSHAN} ALL stationsMeetingSix 1`]);
    expect(lines(statDeltas(station(6), station(5), at))).toEqual([`${DONGSHAN} ALL stationsMeetingSix -1`]);
  });

  it('a service record itself counts nothing (its person item carries the dates and the community)', () => {
    const svc = { PK: 'APERSON#p', SK: 'SVC#2026-10-31#x', entity: 'service-record', personId: 'p', type: '职业指导', date: '2026-10-31' };
    expect(statDeltas(null, svc, at)).toEqual([]);
  });

  it('a survey adds its count, score sum, subject and score', () => {
    const s = { PK: 'SURVEY#gig#s1', SK: 'SURVEY', entity: 'survey', communityCode: DONGSHAN, subject: 'gig', score: 4, createdAt: at };
    expect(lines(statDeltas(null, s, at)).filter((l) => l.includes('Y2026'))).toEqual([
      `${DONGSHAN} Y2026 surveyScoreSum 4`, `${DONGSHAN} Y2026 survey_gig_count 1`, `${DONGSHAN} Y2026 survey_gig_sum 4`, `${DONGSHAN} Y2026 survey_score_4 1`, `${DONGSHAN} Y2026 surveys 1`,
    ]);
  });

  it('a training booking counts when made and again when attended', () => {
    const b = { PK: 'TBOOK#b', SK: 'TBOOK', entity: 'training-booking', communityCode: DONGSHAN, status: 'booked', createdAt: '2026-10-01T01:00:00Z', updatedAt: '2026-10-01T01:00:00Z' };
    expect(lines(statDeltas(b, { ...b, status: 'attended', updatedAt: at }, at))).toEqual([`${DONGSHAN} M2026-11 trainingAttended 1`, `${DONGSHAN} Y2026 trainingAttended 1`]);
  });
});

describe('items the dashboard does not count', () => {
  it('give nothing: counters, markers, unknown entities, a bad or missing community', () => {
    expect(statDeltas(null, { PK: `STAT#${DONGSHAN}`, SK: 'P#ALL', entity: 'stat', assistedTotal: 3 }, at)).toEqual([]);
    expect(statDeltas(null, { PK: 'USER#u', SK: 'PROFILE', entity: 'user' }, at)).toEqual([]);
    expect(statDeltas(null, { PK: 'SIGNUP#x', SK: 'SIGNUP', entity: 'signup', job: { communityCode: '3710' }, createdAt: at, history: [] }, at)).toEqual([]);
    expect(statDeltas(null, { PK: 'TSESSION#x', SK: 'PROFILE', entity: 'training-session', createdAt: at }, at)).toEqual([]);
  });
});
