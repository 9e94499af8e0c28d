import { httpHandler } from '#commons/http';
import { feedFromTable } from '#commons/job-feed';
import { AppError } from '#commons/errors';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getUser } from '#adapters/dynamo/users';
import { serviceCircleFor } from '#domain/divisions/service-circle';
import { jobCard } from '#domain/jobs/job';
import { recommend } from '#domain/matching/recommend';

/** Candidates come from a little beyond the walking circle, so a town resident still gets ten good options. */
const CANDIDATE_RADIUS_FLOOR_METERS = 3000;
const CANDIDATE_POOL = 200;
const TOP = 10;

export const handler = httpHandler('recommendations', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const home = user.homeCommunityCode ? await getCommunity(user.homeCommunityCode) : undefined;
  if (!home) throw new AppError('HOME_COMMUNITY_REQUIRED');
  const circle = serviceCircleFor(home.kind);
  const now = Date.now();
  const pool = await feedFromTable({
    centre: home,
    radiusMeters: Math.max(circle.radiusMeters, CANDIDATE_RADIUS_FLOOR_METERS),
    filters: {},
    sort: 'distance',
    limit: CANDIDATE_POOL,
    now,
  });
  const result = recommend(
    {
      skills: user.skills ?? [],
      availability: user.availability ?? [],
      intentions: user.intentions ?? [],
      assistedCategories: user.assistedCategories ?? [],
      birthYear: user.birthYear ?? null,
      circleRadiusMeters: circle.radiusMeters,
      now: new Date(now),
    },
    pool.items.map(({ job, distanceMeters }) => ({ ...job, distanceMeters })),
    { limit: TOP },
  );
  const byId = new Map(pool.items.map((hit) => [hit.job.id, hit]));
  return {
    items: result.items.map((r) => {
      const hit = byId.get(r.candidate.id)!;
      return { job: jobCard(hit.job, hit.distanceMeters), score: r.score, reasons: r.reasons };
    }),
    adjacentOccupations: result.adjacentOccupations,
  };
});
