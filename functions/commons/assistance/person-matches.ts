import { TRAINING_CATEGORIES, type PersonMatchesSchema } from '@contract';
import type { z } from 'zod';
import { forStaff, SITUATION_OF_STATUS } from '#domain/assistance/ledger-facts';
import { serviceCircleFor } from '#domain/divisions/service-circle';
import { jobCard } from '#domain/jobs/job';
import { recommend } from '#domain/matching/recommend';
import { matchesWants, recommendTrainings } from '#domain/trainings/recommend';
import type { AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getTrainingNeeds } from '#adapters/dynamo/training-needs';
import { listTrainingsInDistricts, sessionsOfTrainings } from '#adapters/dynamo/trainings';
import { getUser } from '#adapters/dynamo/users';
import { AppError } from '../errors';
import { feedFromTable } from '../job-feed';
import { trainingSummaryFor } from '../trainings';
import { consents } from './resident-link';

/**
 * 精准匹配 for staff (鲁就办〔2023〕13号 三、14): the same recommendation rules residents get (GET /me/recommendations and
 * the 四清 training recommendations), centred on the person's community and its service circle. A linked, consenting
 * resident is matched on their own profile and 四清; anyone else on what the 台账 knows (categories, birth year, status).
 */
const CANDIDATE_RADIUS_FLOOR_METERS = 3000;
const CANDIDATE_POOL = 200;
const TOP = 5;

type Matches = z.input<typeof PersonMatchesSchema>;

export async function personMatches(row: AssistedPersonRow, now: number): Promise<Matches> {
  const community = await getCommunity(row.communityCode);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  const linked = row.linkedUserId ? await getUser(row.linkedUserId) : undefined;
  const resident = consents(linked) ? linked : undefined;
  const categories = [...new Set([...row.categories, ...(resident?.assistedCategories ?? [])])];
  const birthYear = resident?.birthYear ?? row.birthYear;
  const circle = serviceCircleFor(community.kind);

  const [pool, needs, trainings] = await Promise.all([
    feedFromTable({ centre: community, radiusMeters: Math.max(circle.radiusMeters, CANDIDATE_RADIUS_FLOOR_METERS), filters: {}, sort: 'distance', limit: CANDIDATE_POOL, now }),
    resident ? getTrainingNeeds(resident.id) : Promise.resolve(undefined),
    listTrainingsInDistricts([community.districtCode]),
  ]);

  const jobs = recommend(
    {
      skills: resident?.skills ?? [], availability: resident?.availability ?? [], intentions: resident?.intentions ?? [],
      assistedCategories: categories, birthYear, circleRadiusMeters: circle.radiusMeters, now: new Date(now),
    },
    pool.items.map(({ job, distanceMeters }) => ({ ...job, distanceMeters })),
    { limit: TOP },
  );
  const hits = new Map(pool.items.map((hit) => [hit.job.id, hit]));

  // Without a 四清 survey every category is "wanted", so nearness and the next class decide.
  const wants = needs ?? { wantedCategories: [...TRAINING_CATEGORIES], preferredFormats: [] };
  const candidates = trainings.filter((training) => matchesWants(training, wants));
  const sessions = await sessionsOfTrainings(candidates.map((training) => training.id), new Date(now).toISOString());
  const facts = { birthYear, assistedCategories: categories, situation: needs?.situation ?? SITUATION_OF_STATUS[row.status] };
  const summaries = candidates.map((training) => trainingSummaryFor(training, sessions.get(training.id) ?? [], facts, community, now));
  const trainingPicks = recommendTrainings(wants, summaries, now, TOP);

  const jobItems = jobs.items.map(({ candidate, reasons }) => {
    const hit = hits.get(candidate.id)!;
    const card = jobCard(hit.job, hit.distanceMeters);
    return { jobId: card.id, title: card.title, orgName: card.orgName, walkMinutes: card.walkMinutes, distanceM: card.distanceMeters, payText: `${card.payAmount} ${card.payUnit}`, reasons };
  });
  const trainingItems = trainingPicks.map(({ training, reasons }) => ({
    trainingId: training.id, title: training.title, category: training.category, reasons: (needs ? reasons.map(forStaff) : reasons.filter((r) => !r.startsWith('您想学'))), nextSessionAt: training.nextSession?.startsAt ?? null,
  }));
  const note = !jobItems.length && !trainingItems.length
    ? `${community.name}的服务圈（${circle.label}）内暂时没有合适的岗位和培训`
    : resident ? null : '未关联居民账号，只按台账信息（援助类别、出生年份、就业状态）和社区位置匹配';
  return { jobs: jobItems, trainings: trainingItems, note };
}
