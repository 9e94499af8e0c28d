import { handler as brandRanking } from '../../functions/handlers/brand/brand-ranking';
import { handler as brandSelection } from '../../functions/handlers/brand/brand-selection';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { NANHAI_CANDIDATE_TOWNS } from '../../functions/domain/brand/zones';
import { currentYear } from '../../functions/domain/stats/dashboard';
import { METRIC } from '../../functions/domain/stats/metrics';
import { putCounters } from './fixtures-surveys';
import { invoke, tokenFor } from './invoke';

const staff = (level: 'community' | 'street' | 'district' | 'city', divisionCode: string) =>
  tokenFor({ userId: `user-brand-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });
const city = () => staff('city', '3710');

/** Real communities of a quota zone: 南海新区 from its (candidate) towns, 文登区 from its other towns. */
function communitiesOf(zone: string, n: number, offset = 0): string[] {
  const inZone = COMMUNITIES.filter((c) =>
    zone === 'nanhai' ? NANHAI_CANDIDATE_TOWNS.includes(c.streetCode) : c.districtCode === zone && !NANHAI_CANDIDATE_TOWNS.includes(c.streetCode),
  );
  return inZone.slice(offset, offset + n).map((c) => c.code);
}

const YEAR = 2031; // quota checks on a year of their own; the ranking test uses the current year
const select = async (items: { communityCode: string; grade: 'A' | 'B' }[], expectedVersion = 0, token?: string, year = YEAR) =>
  invoke(brandSelection, { token: token ?? (await city()), body: { year, items, expectedVersion } });
const grade = (codes: string[], g: 'A' | 'B') => codes.map((communityCode) => ({ communityCode, grade: g }));

/** A lawful full selection: every zone at its quota, the first 8 A and the other 12 B. */
function fullSelection() {
  const codes = [
    ...communitiesOf('371002', 3), ...communitiesOf('371003', 3), ...communitiesOf('371082', 3), ...communitiesOf('371083', 3),
    ...communitiesOf('371071', 2), ...communitiesOf('371072', 2), ...communitiesOf('371073', 2), ...communitiesOf('nanhai', 2),
  ];
  return codes.map((communityCode, i) => ({ communityCode, grade: (i < 8 ? 'A' : 'B') as 'A' | 'B' }));
}

describe('brand-community selection (威就办〔2023〕9号 四、3)', () => {
  it('saves a full selection of 20 within every quota: 8 A at 10 万元, 12 B at 5 万元', async () => {
    const res = await select(fullSelection());
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.totalRewardYuan).toBe(8 * 100_000 + 12 * 50_000);
    expect(res.body.version).toBe(1);
    expect(res.body.items.filter((i: { zone: string }) => i.zone === '南海新区')).toHaveLength(2);

    const stale = await select(fullSelection().slice(0, 5), 0);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('BRAND_SELECTION_CHANGED');
    expect((await select(fullSelection().slice(0, 5), 1)).body.version).toBe(2);
  });

  it.each([
    ['a fourth community of 环翠区', grade(communitiesOf('371002', 4), 'B'), '环翠区的品牌社区名额是 3 个，现在选了 4 个'],
    ['a third community of 高区', grade(communitiesOf('371071', 3), 'B'), '高区的品牌社区名额是 2 个，现在选了 3 个'],
    ['a third community of 南海新区', grade(communitiesOf('nanhai', 3), 'A'), '南海新区的品牌社区名额是 2 个，现在选了 3 个'],
    ['a ninth A', grade([...communitiesOf('371002', 3), ...communitiesOf('371003', 3), ...communitiesOf('371082', 3)], 'A'), 'A 档品牌社区最多 8 个，现在选了 9 个'],
    [
      'a thirteenth B',
      grade([...communitiesOf('371002', 3), ...communitiesOf('371003', 3), ...communitiesOf('371082', 3), ...communitiesOf('371083', 3), ...communitiesOf('371072', 1)], 'B'),
      'B 档品牌社区最多 12 个，现在选了 13 个',
    ],
  ])('refuses %s with 409, naming the zone or grade and its limit', async (_, items, message) => {
    const res = await select(items, 2);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('BRAND_QUOTA_EXCEEDED');
    expect(res.body.error.message).toContain(message);
  });

  it('refuses more than 20, the same community twice, and a community that does not exist', async () => {
    const twentyOne = [...fullSelection(), { communityCode: communitiesOf('371083', 1, 5)[0], grade: 'B' as const }];
    expect((await select(twentyOne, 2)).status).toBe(400);
    const [one] = communitiesOf('371002', 1);
    expect((await select([{ communityCode: one, grade: 'A' }, { communityCode: one, grade: 'B' }], 2)).status).toBe(400);
    const unknown = await select([{ communityCode: '371002002999', grade: 'A' }], 2);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('371002002999');
  });

  it('is the city’s decision: other levels get 403, and communities outside Weihai are out of scope', async () => {
    for (const token of [staff('district', '371002'), staff('street', '371002002'), staff('community', '371002002001')]) {
      const res = await select(grade(communitiesOf('371002', 1), 'A'), 2, await token);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CITY_STAFF_ONLY');
    }
    const outside = await select([{ communityCode: '370102001001', grade: 'A' }], 2);
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('OUT_OF_SCOPE');
  });
});

describe('brand-community ranking from the community counters', () => {
  const period = currentYear(Date.now());
  const year = Number(period.slice(1));
  // 乳山市 徐家镇: counters written directly, so the scores are known
  const [BEST, MIDDLE, LAST] = ['371083114201', '371083114202', '371083114203'];

  beforeAll(async () => {
    await putCounters(BEST, 'ALL', { [METRIC.stationsMeetingSix]: 1, [METRIC.tracked12333]: 10, [METRIC.assistedTotal]: 5 });
    await putCounters(BEST, period, { [METRIC.completed12333]: 10, [METRIC.helpedIntoWork]: 5, [METRIC.headcountPosted]: 10, [METRIC.signupsFilled]: 10, [METRIC.surveys]: 2, [METRIC.surveyScoreSum]: 10, [METRIC.trainingBookings]: 4, [METRIC.trainingAttended]: 4 });
    await putCounters(MIDDLE, 'ALL', { [METRIC.stationsRecorded]: 1, [METRIC.tracked12333]: 10, [METRIC.assistedTotal]: 4 });
    await putCounters(MIDDLE, period, { [METRIC.completed12333]: 5, [METRIC.helpedIntoWork]: 2, [METRIC.headcountPosted]: 10, [METRIC.signupsFilled]: 5, [METRIC.surveys]: 2, [METRIC.surveyScoreSum]: 6, [METRIC.trainingBookings]: 4, [METRIC.trainingAttended]: 2 });
    await putCounters(LAST, 'ALL', { [METRIC.stationsRecorded]: 1 });
    // another year's figures must not count
    await putCounters(LAST, `Y${year - 1}`, { [METRIC.headcountPosted]: 10, [METRIC.signupsFilled]: 10 });
  });

  const item = (body: { items: { communityCode: string }[] }, code: string) => body.items.find((i) => i.communityCode === code) as unknown as Record<string, unknown> & { rank: number; score: number };

  it('scores each community on the weighted components and ranks them', async () => {
    const res = await invoke(brandRanking, { token: await city(), query: { district: '371083' } });
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(year);
    expect(res.body.weights.reduce((s: number, w: { weight: number }) => s + w.weight, 0)).toBeCloseTo(1);
    const [best, middle, last] = [item(res.body, BEST), item(res.body, MIDDLE), item(res.body, LAST)];
    expect(best).toMatchObject({ score: 100, zone: '乳山市', streetName: '徐家镇', communityName: '东王家庄村委会' });
    expect(middle.score).toBe(40);
    expect(last.score).toBe(0);
    expect(best.rank).toBeLessThan(middle.rank);
    expect(middle.rank).toBeLessThan(last.rank);
    const parts = Object.fromEntries((middle.components as { key: string; score: number }[]).map((c) => [c.key, c.score]));
    expect(parts).toEqual({ station: 0, completion12333: 50, helpedIntoWork: 50, gigFill: 50, satisfaction: 50, trainingAttendance: 50 });
    expect(res.body.quotas).toEqual([{ zone: '乳山市', quota: 3, selected: 0 }]);
    expect(res.body.grades.map((g: { grade: string; limit: number }) => [g.grade, g.limit])).toEqual([['A', 8], ['B', 12]]);
  });

  it('shows the saved selection on the ranking and in the quota counters', async () => {
    const before = await invoke(brandRanking, { token: await city(), query: { district: '371083' } });
    const saved = await select([{ communityCode: BEST, grade: 'A' }], before.body.selectionVersion, undefined, year);
    expect(saved.status).toBe(200);
    const after = await invoke(brandRanking, { token: await city(), query: { district: '371083' } });
    expect(item(after.body, BEST).selectedGrade).toBe('A');
    expect(after.body.quotas).toEqual([{ zone: '乳山市', quota: 3, selected: 1 }]);
    expect(after.body.grades.find((g: { grade: string }) => g.grade === 'A').selected).toBe(1);
    expect(after.body.selectionVersion).toBe(saved.body.version);
    const wholeCity = await invoke(brandRanking, { token: await city(), query: {} });
    expect(wholeCity.body.quotas).toHaveLength(8);
    expect(item(wholeCity.body, BEST).selectedGrade).toBe('A');
  });

  it('shows other staff their own district only', async () => {
    const district = await invoke(brandRanking, { token: await staff('district', '371083'), query: {} });
    expect(district.status).toBe(200);
    expect(item(district.body, BEST)).toBeTruthy();
    const community = await invoke(brandRanking, { token: await staff('community', '371083114202'), query: {} });
    expect(community.status).toBe(200);
    expect(item(community.body, BEST)).toBeTruthy();
    const elsewhere = await invoke(brandRanking, { token: await staff('district', '371002'), query: { district: '371083' } });
    expect(elsewhere.status).toBe(403);
    expect((await invoke(brandRanking, { token: await city(), query: { district: '371099' } })).status).toBe(404);
  });
});
