import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { getCommunity } from '../../functions/adapters/dynamo/divisions';
import type { SessionRow, TrainingRow } from '../../functions/domain/trainings/views';
import { handler as myTrainingNeeds } from '../../functions/handlers/training-needs/my-training-needs';
import { handler as putTrainingNeeds } from '../../functions/handlers/training-needs/put-training-needs';
import { handler as trainingRecommendations } from '../../functions/handlers/training-needs/training-recommendations';
import { handler as trainingNeedsReport } from '../../functions/handlers/training-needs/training-needs-report';
import { offset, putResident } from './fixtures';
import { invoke, tokenFor } from './invoke';

// 乳山 静园居委会 (urban, 1,200 m circle): no other test writes there, and the report is compared before/after.
const COMMUNITY = '371083001003';
const STREET = '371083001';
const DISTRICT = '371083';
const DAY = 24 * 3600_000;

const survey = (extra: Record<string, unknown> = {}) => ({
  situation: '失业', education: '初中', skillLevel: '没有技能', wantedCategories: ['家政服务'], preferredFormats: ['培训夜课'], direction: '想做家政保洁', ...extra,
});
const staffOf = (divisionCode: string) =>
  tokenFor({ userId: `staff-tneeds-${divisionCode}`, role: 'staff', staff: { level: ({ 4: 'city', 6: 'district', 9: 'street', 12: 'community' } as const)[divisionCode.length as 4 | 6 | 9 | 12], divisionCode } });
const reportOf = async (division: string, token?: string) => invoke(trainingNeedsReport, { token: token ?? (await staffOf(division)), query: { division } });

/** A training and its sessions written the way the app stores them (keys from adapters/dynamo/keys.ts). */
async function putTraining(id: string, at: { lat: number; lng: number }, extra: Partial<TrainingRow>, sessionsInDays: number[]) {
  const now = new Date().toISOString();
  const row: TrainingRow = {
    id, title: `测试培训${id}`, type: '就业技能', category: '家政服务', format: '社区培训点', content: '家政服务基础技能与实操训练', hours: 40,
    requirements: '16 周岁以上城乡劳动者', eligibility: { ageMin: 16, ageMax: 90, groups: ['城乡劳动者'] }, subsidyStandard: '按 1200 元/人标准补贴',
    provider: '乳山测试职业培训学校', providerOrgId: null, address: '测试地址 1 号', communityCode: COMMUNITY, districtCode: DISTRICT,
    lat: at.lat, lng: at.lng, createdBy: 'staff-tneeds', createdAt: now, ...extra,
  };
  const items: Record<string, unknown>[] = [{ ...keys.training(id), ...keys.trainingsOfDistrict(row.districtCode, id), entity: 'training', ...row }];
  sessionsInDays.forEach((days, i) => {
    const startsAt = new Date(Date.now() + days * DAY).toISOString();
    const session: SessionRow = {
      id: `${id}-s${i}`, trainingId: id, startsAt, endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(), hours: 2,
      address: row.address, capacity: 20, seatsLeft: 20, waitlistCount: 0, status: 'open', createdAt: now,
    };
    items.push({ ...keys.trainingSession(session.id), ...keys.sessionOfTraining(id, startsAt, session.id), entity: 'training-session', ...session });
  });
  for (const Item of items) await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item }));
}

describe('「四清」培训需求', () => {
  it('refuses an incomplete survey with the field’s Chinese message', async () => {
    const token = await putResident('user-tneeds-invalid', { homeCommunityCode: COMMUNITY });
    const noCategory = await invoke(putTrainingNeeds, { token, body: survey({ wantedCategories: [] }) });
    expect(noCategory.status).toBe(400);
    expect(noCategory.body.error.message).toContain('请至少选一个想学的方向');
    const longDirection = await invoke(putTrainingNeeds, { token, body: survey({ direction: '想'.repeat(51) }) });
    expect(longDirection.status).toBe(400);
    expect(longDirection.body.error.details).toEqual([{ field: 'body.direction', message: '最多 50 个字' }]);
  });

  it('needs a home community to count the survey in', async () => {
    const token = await putResident('user-tneeds-homeless', { homeCommunityCode: null });
    const res = await invoke(putTrainingNeeds, { token, body: survey() });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('HOME_COMMUNITY_REQUIRED');
  });

  it('saves and reads back; nothing recommended before the survey', async () => {
    const token = await putResident('user-tneeds-save', { homeCommunityCode: COMMUNITY });
    expect((await invoke(myTrainingNeeds, { token })).body).toEqual({ needs: null });
    expect((await invoke(trainingRecommendations, { token })).body).toEqual({ items: [], needsFilled: false });
    const saved = await invoke(putTrainingNeeds, { token, body: survey({ preferredFormats: undefined, direction: '  想做家政保洁  ' }) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...survey({ preferredFormats: [] }), updatedAt: expect.any(String) });
    expect((await invoke(myTrainingNeeds, { token })).body).toEqual({ needs: saved.body });
  });
});

describe('培训推荐 and 需求与供给', () => {
  let home: { lat: number; lng: number };
  let gapCategory: string;
  let communityBefore: { respondents: number; byCategory: { category: string; residents: number; upcomingSessions: number }[] };
  let streetBefore: number;
  let residentToken: string;
  const residentsOf = (report: typeof communityBefore, category: string) => report.byCategory.find((c) => c.category === category)?.residents ?? 0;
  const sessionsOf = (report: typeof communityBefore, category: string) => report.byCategory.find((c) => c.category === category)?.upcomingSessions ?? 0;

  beforeAll(async () => {
    home = (await getCommunity(COMMUNITY))!;
    communityBefore = (await reportOf(COMMUNITY)).body;
    streetBefore = (await reportOf(STREET)).body.respondents;
    // A category nobody within reach teaches yet, whatever the seed holds.
    gapCategory = ['齐鲁建筑工匠', '鲁菜师傅', '山东手造', '微视频制作', '创业素养'].find((c) => sessionsOf(communityBefore, c) === 0)!;

    await putTraining('tneeds-night', home, { format: '培训夜课' }, [1, 8, 15]);
    await putTraining('tneeds-day', offset(home, 600), {}, [2]);
    await putTraining('tneeds-live', offset(home, 300), { category: '直播销售', format: '培训夜课' }, [3]);
    await putTraining('tneeds-young', home, { format: '培训夜课', eligibility: { ageMin: 16, ageMax: 40, groups: ['城乡劳动者'] } }, [1]);
    await putTraining('tneeds-later', offset(home, 200), {}, [70]);
    await putTraining('tneeds-far', offset(home, 2500), {}, [4]);

    for (const [id, body] of [
      ['user-tneeds-a', survey()],
      ['user-tneeds-b', survey({ situation: '灵活就业', wantedCategories: ['家政服务', gapCategory] })],
    ] as const) {
      const token = await putResident(id, { homeCommunityCode: COMMUNITY });
      expect((await invoke(putTrainingNeeds, { token, body })).status).toBe(200);
      residentToken ??= token;
    }
  });

  it('recommends the nearby 家政服务 evening class first, with reasons; never an ineligible one', async () => {
    const { status, body } = await invoke(trainingRecommendations, { token: residentToken });
    expect(status).toBe(200);
    expect(body.needsFilled).toBe(true);
    const ids = body.items.map((item: { training: { id: string } }) => item.training.id);
    expect(ids[0]).toBe('tneeds-night');
    expect(body.items[0].reasons).toEqual(expect.arrayContaining(['您想学：家政服务', '培训夜课，下班后可参加', '步行 1 分钟', '符合参训要求：城乡劳动者', '补贴：按 1200 元/人标准补贴']));
    expect(ids.indexOf('tneeds-day')).toBeGreaterThan(0);
    expect(ids).not.toContain('tneeds-young');
    expect(ids).not.toContain('tneeds-later');
    expect(ids.length).toBeLessThanOrEqual(10);
  });

  it('counts residents per category and situation, and sessions within the community’s circle', async () => {
    const { status, body } = await reportOf(COMMUNITY);
    expect(status).toBe(200);
    expect(body.division).toEqual({ code: COMMUNITY, name: '静园居委会' });
    expect(body.respondents - communityBefore.respondents).toBe(2);
    const housework = body.byCategory.find((c: { category: string }) => c.category === '家政服务');
    expect(housework.residents - residentsOf(communityBefore, '家政服务')).toBe(2);
    // night (3) + day (1) + young (1); the 70-day and the 2.5 km ones are out of reach
    expect(housework.upcomingSessions - sessionsOf(communityBefore, '家政服务')).toBe(5);
    expect(housework.gap).toBe(false);
    expect(body.byCategory.find((c: { category: string }) => c.category === gapCategory)).toMatchObject({ upcomingSessions: 0, gap: true });
    expect(body.bySituation.map((s: { situation: string }) => s.situation)).toEqual(expect.arrayContaining(['失业', '灵活就业']));
    const residents = body.byCategory.map((c: { residents: number }) => c.residents);
    expect(residents).toEqual([...residents].sort((a, b) => b - a));
  });

  it('a street counts its communities and the whole district’s sessions; the city reads every district', async () => {
    const street = await reportOf(STREET);
    expect(street.body.respondents - streetBefore).toBe(2);
    const farSessions = (await reportOf(DISTRICT)).body.byCategory.find((c: { category: string }) => c.category === '家政服务').upcomingSessions;
    expect(street.body.byCategory.find((c: { category: string }) => c.category === '家政服务').upcomingSessions).toBe(farSessions);
    const city = await reportOf('3710');
    expect(city.status).toBe(200);
    expect(city.body.respondents).toBeGreaterThanOrEqual(street.body.respondents);
  });

  it('defaults to the caller’s own division; outside it is 403', async () => {
    const own = await invoke(trainingNeedsReport, { token: await staffOf(COMMUNITY), query: {} });
    expect(own.body.division.code).toBe(COMMUNITY);
    const beside = await reportOf(DISTRICT, await staffOf('371002'));
    expect(beside.status).toBe(403);
    expect(beside.body.error.code).toBe('OUT_OF_SCOPE');
    expect((await reportOf(DISTRICT, await staffOf(COMMUNITY))).status).toBe(403);
    expect((await invoke(trainingNeedsReport, { token: await putResident('user-tneeds-nosy', { homeCommunityCode: COMMUNITY }), query: {} })).status).toBe(403);
  });
});
