import { httpHandler } from '#commons/http';
import { feedFromTable } from '#commons/job-feed';
import { AppError } from '#commons/errors';
import { decodeFeedCursor, encodeFeedCursor } from '#commons/feed-cursor';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getUser } from '#adapters/dynamo/users';
import type { Principal } from '#domain/auth/principal';
import { serviceCircleFor } from '#domain/divisions/service-circle';
import { jobCard } from '#domain/jobs/job';

async function homeOf(principal: Principal | undefined) {
  const user = principal ? await getUser(principal.userId) : undefined;
  return user?.homeCommunityCode ? getCommunity(user.homeCommunityCode) : undefined;
}

const radiusLabel = (meters: number) => (meters % 1000 === 0 ? `${meters / 1000} 公里` : `${meters} 米`);

/**
 * Centre: the phone's location if sent, else the resident's home community. Radius: the home community's circle
 * (15-minute walk in town, 5 km in villages; 城市 when unknown), unless the resident widened it.
 */
export const handler = httpHandler('nearbyJobs', async ({ query, principal }) => {
  const home = await homeOf(principal);
  const centre =
    query.lat !== undefined && query.lng !== undefined
      ? { lat: query.lat, lng: query.lng, source: 'location' as const }
      : home
        ? { lat: home.lat, lng: home.lng, source: 'home' as const }
        : undefined;
  if (!centre) throw new AppError('LOCATION_REQUIRED');
  const circle = serviceCircleFor(home?.kind ?? 'urban');
  const radiusMeters = query.radius ?? circle.radiusMeters;
  const now = Date.now();
  const page = await feedFromTable({
    centre,
    radiusMeters,
    filters: { types: query.type, minPay: query.minPay, when: query.when, tags: query.tags, q: query.q },
    sort: query.sort,
    limit: query.limit,
    cursor: decodeFeedCursor(query.cursor),
    now,
  });
  return {
    centre,
    radiusMeters,
    circleLabel: query.radius ? radiusLabel(radiusMeters) : circle.label,
    items: page.items.map(({ job, distanceMeters }) => jobCard(job, distanceMeters)),
    nextCursor: encodeFeedCursor(page.next),
  };
});
