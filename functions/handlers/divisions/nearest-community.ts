import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { communityPointsInCells, getCommunity } from '#adapters/dynamo/divisions';
import { communityView } from '#domain/divisions/community-view';
import { cellAndNeighbours, guaranteedNearestRadius, type LatLng } from '#domain/divisions/geo';
import { nearestOf } from '#domain/divisions/nearest';

/**
 * Fine cells first: a hit closer than the fine grid's guaranteed radius is certainly the nearest. Otherwise
 * (villages, open country) the coarse grid, which reaches about 4 km in every direction.
 */
async function nearestCommunityTo(origin: LatLng) {
  const fine = nearestOf(origin, await communityPointsInCells(cellAndNeighbours(origin, 6)));
  if (fine && fine.distanceMeters <= guaranteedNearestRadius(origin, 6)) return fine;
  return nearestOf(origin, await communityPointsInCells(cellAndNeighbours(origin, 5)));
}

export const handler = httpHandler('nearestCommunity', async ({ query }) => {
  const origin = { lat: query.lat, lng: query.lng };
  const nearest = await nearestCommunityTo(origin);
  const community = nearest && (await getCommunity(nearest.item.code));
  if (!nearest || !community) throw new AppError('COMMUNITY_NOT_FOUND', '附近没有找到社区（目前只覆盖威海市），请手动选择');
  return { community: communityView(community), distanceMeters: Math.round(nearest.distanceMeters) };
});
