import { METRIC, surveyCountMetric, surveyScoreMetric, surveySumMetric } from '../stats/metrics';
import { gigFacts, pendingSurveys, subsidyFacts, surveyVerdict, trainingFacts, type SubjectFacts } from './subjects';
import { averageOf, surveyFigures } from './summary';

const NOW = Date.parse('2026-11-23T02:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();

const gig = (status: string, userId = 'u1', at = daysAgo(1)) =>
  gigFacts({ id: `s-${status}-${at}`, userId, status, job: { title: '东山社区保洁', communityCode: '371002002001' }, history: [{ status, at }], updatedAt: at });

describe('who may survey what (威就办〔2023〕9号 四、4)', () => {
  it('asks only after the service is over: a completed gig, an attended class, a decided subsidy', () => {
    expect(surveyVerdict(gig('completed'), 'u1')).toBe('due');
    for (const status of ['pending', 'approved', 'checked_in', 'no_show', 'cancelled']) expect(surveyVerdict(gig(status), 'u1')).toBe('not-due');
    const booking = (status: string) => trainingFacts({ id: 'b1', userId: 'u1', status, trainingTitle: '家政服务', updatedAt: daysAgo(2) });
    expect(surveyVerdict(booking('attended'), 'u1')).toBe('due');
    expect(surveyVerdict(booking('booked'), 'u1')).toBe('not-due');
    expect(surveyVerdict(booking('absent'), 'u1')).toBe('not-due');
    const app = (status: string) => subsidyFacts({ id: 'a1', userId: 'u1', status, policyId: 'startup-subsidy', decidedAt: daysAgo(3), updatedAt: daysAgo(3), communityCode: '371002002001' });
    expect(surveyVerdict(app('approved'), 'u1')).toBe('due');
    expect(surveyVerdict(app('rejected'), 'u1')).toBe('due');
    expect(surveyVerdict(app('pending-street'), 'u1')).toBe('not-due');
    expect(app('approved').title).toBe('一次性创业补贴申请已批准');
  });

  it("treats someone else's subject as not found, never as a different error", () => {
    expect(surveyVerdict(gig('completed', 'u2'), 'u1')).toBe('not-found');
    expect(surveyVerdict(undefined, 'u1')).toBe('not-found');
  });

  it('lists pending surveys newest first, without surveyed or old ones', () => {
    const recent = gig('completed', 'u1', daysAgo(1));
    const older = gig('completed', 'u1', daysAgo(30));
    const stale = gig('completed', 'u1', daysAgo(91));
    const done = gig('completed', 'u1', daysAgo(2));
    const open = gig('approved', 'u1', daysAgo(1));
    const list = pendingSurveys([older, stale, done, recent, open] as SubjectFacts[], new Set([`gig#${done.subjectId}`]), 'u1', NOW);
    expect(list.map((f) => f.subjectId)).toEqual([recent.subjectId, older.subjectId]);
  });
});

describe('satisfaction figures from the counters', () => {
  it('averages per subject and overall, and gives the 1–5 distribution', () => {
    const counters = {
      [METRIC.surveys]: 4, [METRIC.surveyScoreSum]: 15,
      [surveyCountMetric('gig')]: 3, [surveySumMetric('gig')]: 10, [surveyCountMetric('subsidy')]: 1, [surveySumMetric('subsidy')]: 5,
      [surveyScoreMetric(5)]: 2, [surveyScoreMetric(3)]: 1, [surveyScoreMetric(2)]: 1,
    };
    const f = surveyFigures(counters);
    expect(f.count).toBe(4);
    expect(f.average).toBe(3.75);
    expect(f.bySubject).toEqual([
      { subject: 'gig', label: '零工', count: 3, average: 3.33 },
      { subject: 'training', label: '培训', count: 0, average: null },
      { subject: 'subsidy', label: '补贴办理', count: 1, average: 5 },
    ]);
    expect(f.distribution).toEqual([{ score: 1, count: 0 }, { score: 2, count: 1 }, { score: 3, count: 1 }, { score: 4, count: 0 }, { score: 5, count: 2 }]);
  });

  it('has no average (not zero) with no surveys', () => {
    expect(surveyFigures(undefined)).toMatchObject({ count: 0, average: null });
    expect(averageOf(0, 0)).toBeNull();
  });
});
