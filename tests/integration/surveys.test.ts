import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { handler as submitSurvey } from '../../functions/handlers/surveys/submit-survey';
import { handler as pendingSurveys } from '../../functions/handlers/surveys/pending-surveys';
import { handler as surveySummary } from '../../functions/handlers/surveys/survey-summary';
import { METRIC, surveyCountMetric, surveyScoreMetric, surveySumMetric } from '../../functions/domain/stats/metrics';
import { currentYear } from '../../functions/domain/stats/dashboard';
import { putResident } from './fixtures';
import { putApplication, putBooking, putCounters, putSignup } from './fixtures-surveys';
import { invoke, tokenFor } from './invoke';
import { drainStats } from './stats-drain';

const staff = (level: 'community' | 'street' | 'district' | 'city', divisionCode: string) =>
  tokenFor({ userId: `user-survey-staff-${divisionCode}`, role: 'staff', staff: { level, divisionCode } });
const submit = (token: string, body: Record<string, unknown>) => invoke(submitSurvey, { token, body: { comment: '', ...body } });

beforeAll(async () => {
  await drainStats();
});

describe('submitting a survey (威就办〔2023〕9号 四、4)', () => {
  it('rates a completed gig once, counted for the resident’s home community', async () => {
    const token = await putResident('user-survey-a', { homeCommunityCode: '371002002003' });
    await putSignup('signup-survey-done', 'user-survey-a', 'completed', '371002002001');
    const res = await submit(token, { subject: 'gig', subjectId: 'signup-survey-done', score: 5, comment: '  老板很守时  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ subject: 'gig', subjectId: 'signup-survey-done', score: 5, comment: '老板很守时' });
    const { Item } = await ddb().send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: keys.survey('gig', 'signup-survey-done') }));
    expect(Item).toMatchObject({ entity: 'survey', subject: 'gig', score: 5, communityCode: '371002002003', userId: 'user-survey-a' });

    const again = await submit(token, { subject: 'gig', subjectId: 'signup-survey-done', score: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_SURVEYED');
  });

  it("answers 404 for someone else's subject or one that does not exist", async () => {
    await putResident('user-survey-owner');
    await putSignup('signup-survey-other', 'user-survey-owner', 'completed');
    const token = await putResident('user-survey-b');
    for (const body of [
      { subject: 'gig', subjectId: 'signup-survey-other', score: 4 },
      { subject: 'gig', subjectId: 'signup-survey-nope', score: 4 },
      { subject: 'training', subjectId: 'signup-survey-other', score: 4 },
    ]) {
      const res = await submit(token, body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('SURVEY_SUBJECT_NOT_FOUND');
    }
  });

  it('waits for the end: an approved gig, a booked class, a subsidy under review are not due', async () => {
    const token = await putResident('user-survey-c');
    await putSignup('signup-survey-approved', 'user-survey-c', 'approved');
    await putBooking('tbook-survey-booked', 'user-survey-c', 'booked');
    await putApplication('subapp-survey-street', 'user-survey-c', 'pending-street');
    for (const [subject, subjectId] of [['gig', 'signup-survey-approved'], ['training', 'tbook-survey-booked'], ['subsidy', 'subapp-survey-street']]) {
      const res = await submit(token, { subject, subjectId, score: 3 });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('SURVEY_NOT_DUE');
    }
    await putApplication('subapp-survey-refused', 'user-survey-c', 'rejected');
    expect((await submit(token, { subject: 'subsidy', subjectId: 'subapp-survey-refused', score: 2 })).status).toBe(201);
  });

  it('is for residents only, and checks the score', async () => {
    expect((await submit(await staff('city', '3710'), { subject: 'gig', subjectId: 'x', score: 3 })).status).toBe(403);
    const token = await putResident('user-survey-d');
    expect((await submit(token, { subject: 'gig', subjectId: 'x', score: 6 })).status).toBe(400);
    expect((await submit(token, { subject: 'job', subjectId: 'x', score: 3 })).status).toBe(400);
  });
});

describe('待评价', () => {
  it('lists finished, unrated gigs, classes and decisions, newest first, and drops one once rated', async () => {
    const token = await putResident('user-survey-e');
    await putSignup('signup-survey-e1', 'user-survey-e', 'completed');
    await putSignup('signup-survey-e2', 'user-survey-e', 'pending');
    await putBooking('tbook-survey-e1', 'user-survey-e', 'attended');
    await putBooking('tbook-survey-e2', 'user-survey-e', 'absent');
    await putApplication('subapp-survey-e1', 'user-survey-e', 'approved');
    const first = await invoke(pendingSurveys, { token });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { subjectId: string }) => i.subjectId).sort()).toEqual(['signup-survey-e1', 'subapp-survey-e1', 'tbook-survey-e1']);
    expect(first.body.items.find((i: { subject: string }) => i.subject === 'subsidy').title).toBe('一次性创业补贴申请已批准');

    expect((await submit(token, { subject: 'training', subjectId: 'tbook-survey-e1', score: 4 })).status).toBe(201);
    const after = await invoke(pendingSurveys, { token });
    expect(after.body.items.map((i: { subjectId: string }) => i.subjectId).sort()).toEqual(['signup-survey-e1', 'subapp-survey-e1']);
  });
});

describe('辖区满意度 from the counters', () => {
  const period = currentYear(Date.now());
  // 临港区 苘山镇: counters written directly, so the arithmetic is checked on figures nobody else touches
  const STREET = '371073113';
  const [C1, C2] = ['371073113001', '371073113002'];

  it('averages, spreads and lists the children with surveys', async () => {
    await putCounters(STREET, period, {
      [METRIC.surveys]: 5, [METRIC.surveyScoreSum]: 19,
      [surveyCountMetric('gig')]: 3, [surveySumMetric('gig')]: 13, [surveyCountMetric('training')]: 2, [surveySumMetric('training')]: 6,
      [surveyScoreMetric(5)]: 2, [surveyScoreMetric(4)]: 1, [surveyScoreMetric(3)]: 2,
    });
    await putCounters(C1, period, { [METRIC.surveys]: 4, [METRIC.surveyScoreSum]: 15 });
    await putCounters(C2, period, { [METRIC.surveys]: 1, [METRIC.surveyScoreSum]: 4 });
    const res = await invoke(surveySummary, { token: await staff('district', '371073'), query: { division: STREET } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ division: { code: STREET, name: '苘山镇' }, count: 5, average: 3.8 });
    expect(res.body.distribution).toEqual([{ score: 1, count: 0 }, { score: 2, count: 0 }, { score: 3, count: 2 }, { score: 4, count: 1 }, { score: 5, count: 2 }]);
    expect(res.body.bySubject).toEqual([
      { subject: 'gig', label: '零工', count: 3, average: 4.33 },
      { subject: 'training', label: '培训', count: 2, average: 3 },
      { subject: 'subsidy', label: '补贴办理', count: 0, average: null },
    ]);
    // a street lists only the communities that have surveys
    expect(res.body.children).toEqual([
      { code: C1, name: '三城社区居委会', count: 4, average: 3.75 },
      { code: C2, name: '秦权社区居委会', count: 1, average: 4 },
    ]);
  });

  it('counts a survey submitted through the API once the stream is drained', async () => {
    const HOME = '371082112004'; // 荣成市 人和镇 康馨社区: only this test's resident lives here
    const token = await putResident('user-survey-kangxin', { homeCommunityCode: HOME });
    await putSignup('signup-survey-kangxin', 'user-survey-kangxin', 'completed', HOME);
    expect((await submit(token, { subject: 'gig', subjectId: 'signup-survey-kangxin', score: 4 })).status).toBe(201);
    await drainStats();
    const res = await invoke(surveySummary, { token: await staff('community', HOME), query: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ division: { code: HOME }, count: 1, average: 4 });
    expect(res.body.distribution.find((d: { score: number }) => d.score === 4).count).toBe(1);
    const street = await invoke(surveySummary, { token: await staff('district', '371082'), query: { division: '371082112' } });
    expect(street.body.children.find((c: { code: string }) => c.code === HOME)).toMatchObject({ count: 1, average: 4 });
  });

  it('keeps staff to their own division and answers 404 for an unknown one', async () => {
    const street = await staff('street', '371002002');
    expect((await invoke(surveySummary, { token: street, query: { division: '371073' } })).status).toBe(403);
    expect((await invoke(surveySummary, { token: await staff('city', '3710'), query: { division: '371073999' } })).status).toBe(404);
    const city = await invoke(surveySummary, { token: await staff('city', '3710'), query: {} });
    expect(city.status).toBe(200);
    expect(city.body.children).toHaveLength(7);
    expect((await invoke(surveySummary, { token: await putResident('user-survey-f') })).status).toBe(403);
  });
});
