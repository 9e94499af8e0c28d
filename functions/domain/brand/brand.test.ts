import { statDeltas } from '../stats/deltas';
import { METRIC, type Counters } from '../stats/metrics';
import { BRAND_WEIGHTS, componentScore, rankByScore, scoreCommunity } from './scoring';
import { BRAND_GRADE_RULES, BRAND_TOTAL, quotaUse, selectionProblems, totalReward, type SelectedItem } from './selection';
import { BRAND_ZONES, NANHAI_CANDIDATE_TOWNS, NANHAI_TOWNS_VERIFIED, zoneOf, zonesOfDistrict } from './zones';

const towns = NANHAI_CANDIDATE_TOWNS;

describe('brand-community zones and quotas (威就办〔2023〕9号 四、3)', () => {
  it('has 20 places: 环翠/文登/荣成/乳山 3 each, 高区/经区/临港区/南海新区 2 each', () => {
    expect(Object.fromEntries(BRAND_ZONES.map((z) => [z.name, z.quota]))).toEqual({ 环翠区: 3, 文登区: 3, 荣成市: 3, 乳山市: 3, 高区: 2, 经区: 2, 临港区: 2, 南海新区: 2 });
    expect(BRAND_ZONES.reduce((s, z) => s + z.quota, 0)).toBe(BRAND_TOTAL);
    expect(BRAND_GRADE_RULES.A).toMatchObject({ limit: 8, rewardYuan: 100_000 });
    expect(BRAND_GRADE_RULES.B).toMatchObject({ limit: 12, rewardYuan: 50_000 });
  });

  it('counts 南海新区 towns (candidates, unverified) apart from the rest of 文登区', () => {
    expect(NANHAI_TOWNS_VERIFIED).toBe(false);
    expect(zoneOf('371003107001', towns)?.name).toBe('南海新区');
    expect(zoneOf('371003001203', towns)?.name).toBe('文登区');
    expect(zoneOf('371003107001', [])?.name).toBe('文登区');
    expect(zoneOf('371071001001', towns)?.name).toBe('高区');
    expect(zonesOfDistrict('371003').map((z) => z.name)).toEqual(['文登区', '南海新区']);
  });
});

describe('selection rules', () => {
  const item = (communityCode: string, grade: 'A' | 'B'): SelectedItem => ({ communityCode, grade, zone: zoneOf(communityCode, towns) });
  const huancui = (n: number, grade: 'A' | 'B' = 'B') => Array.from({ length: n }, (_, i) => item(`3710020020${String(i + 1).padStart(2, '0')}`, grade));

  it('accepts a full, lawful selection of 20 (8 A, 12 B)', () => {
    const codes = BRAND_ZONES.flatMap((z) => Array.from({ length: z.quota }, (_, i) => (z.id === 'nanhai' ? `37100310700${i + 1}` : `${z.id}00100${i + 1}`)));
    const items = codes.map((c, i) => item(c, i < 8 ? 'A' : 'B'));
    expect(selectionProblems(items)).toEqual([]);
    expect(totalReward(items)).toBe(8 * 100_000 + 12 * 50_000);
    expect(quotaUse(items).quotas.every((q) => q.selected === q.quota)).toBe(true);
  });

  it('refuses a zone over its quota, naming the zone and the limit', () => {
    expect(selectionProblems(huancui(3))).toEqual([]);
    expect(selectionProblems(huancui(4)).map((p) => p.message)).toEqual(['环翠区的品牌社区名额是 3 个，现在选了 4 个']);
    const nanhai = ['371003107001', '371003108001', '371003103001'].map((c) => item(c, 'B'));
    expect(selectionProblems(nanhai).map((p) => p.message)).toEqual(['南海新区的品牌社区名额是 2 个，现在选了 3 个']);
  });

  it('refuses more than 8 A or 12 B, naming the grade and the limit', () => {
    const spread = ['371002', '371003', '371082', '371083'].flatMap((d) => [1, 2, 3].map((i) => `${d}00100${i}`));
    const nineA = [...spread.slice(0, 9)].map((c) => item(c, 'A'));
    expect(selectionProblems(nineA).map((p) => p.message)).toEqual(['A 档品牌社区最多 8 个，现在选了 9 个']);
    const thirteenB = [...spread, '371071001001'].map((c) => item(c, 'B'));
    expect(selectionProblems(thirteenB).map((p) => p.message)).toEqual(['B 档品牌社区最多 12 个，现在选了 13 个']);
  });

  it('names a community outside every zone', () => {
    expect(selectionProblems([{ communityCode: '370102001001', grade: 'A', zone: undefined }])[0].kind).toBe('unknown-community');
  });
});

describe('scoring with weights as data', () => {
  it('weights add up to 1', () => {
    expect(BRAND_WEIGHTS.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 10);
  });

  it('turns each figure into 0–100 and rates no data as 0', () => {
    const full = {
      all: { [METRIC.stationsMeetingSix]: 1, [METRIC.tracked12333]: 10, [METRIC.assistedTotal]: 4 },
      year: { [METRIC.completed12333]: 5, [METRIC.helpedIntoWork]: 6, [METRIC.headcountPosted]: 20, [METRIC.signupsFilled]: 15, [METRIC.surveys]: 2, [METRIC.surveyScoreSum]: 8, [METRIC.trainingBookings]: 10, [METRIC.trainingAttended]: 9 },
    };
    const { score, components } = scoreCommunity(full);
    expect(Object.fromEntries(components.map((c) => [c.key, [c.value, c.score]]))).toEqual({
      station: [1, 100], completion12333: [0.5, 50], helpedIntoWork: [1, 100], gigFill: [0.75, 75], satisfaction: [4, 75], trainingAttendance: [0.9, 90],
    });
    expect(score).toBe(Math.round((0.2 * 100 + 0.2 * 50 + 0.2 * 100 + 0.15 * 75 + 0.15 * 75 + 0.1 * 90) * 10) / 10);
    expect(scoreCommunity({ all: undefined, year: undefined }).score).toBe(0);
    expect(componentScore({ kind: 'rate', numerator: { metric: 'x', period: 'ALL' }, denominator: { metric: 'y', period: 'ALL' } }, { all: { x: 3 }, year: undefined })).toEqual({ value: null, score: 0 });
  });

  it('reads each figure from the period the stream consumer writes it to (a tracked person meeting 「12333」 scores 100)', () => {
    const dates = (n: number, month: string) => Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
    const person = {
      PK: 'APERSON#p', SK: 'APERSON', entity: 'assisted-person', communityCode: '371002002001', categories: ['大龄'], status: '待业', tracked: true, statusHistory: [],
      serviceDates: { 政策对接: dates(2, '2026-02'), 职业指导: dates(3, '2026-03'), 岗位推荐: dates(3, '2026-04'), 培训信息: dates(3, '2026-05') },
    };
    const byPeriod = new Map<string, Counters>();
    for (const d of statDeltas(null, person, '2026-11-23T02:00:00.000Z')) {
      const counters = byPeriod.get(d.period) ?? {};
      counters[d.metric] = (counters[d.metric] ?? 0) + d.amount;
      byPeriod.set(d.period, counters);
    }
    const { components } = scoreCommunity({ all: byPeriod.get('ALL'), year: byPeriod.get('Y2026') });
    expect(components.find((c) => c.key === 'completion12333')).toMatchObject({ value: 1, score: 100 });
  });

  it('ranks highest first, equal scores sharing a rank', () => {
    const ranked = rankByScore([{ communityCode: 'b', score: 50 }, { communityCode: 'a', score: 80 }, { communityCode: 'c', score: 50 }]);
    expect(ranked.map((r) => [r.communityCode, r.rank])).toEqual([['a', 1], ['b', 2], ['c', 2]]);
  });
});
