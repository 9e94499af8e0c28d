import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { communitiesInCells } from '#adapters/dynamo/divisions';
import { communityView } from '#domain/divisions/community-view';
import { cellAndNeighbours } from '#domain/divisions/geo';
import { nearestOf } from '#domain/divisions/nearest';

export const handler = httpHandler('nearestCommunity', async ({ query }) => {
  const origin = { lat: query.lat, lng: query.lng };
  const nearest = nearestOf(origin, await communitiesInCells(cellAndNeighbours(origin)));
  if (!nearest) throw new AppError('COMMUNITY_NOT_FOUND', '附近没有找到社区（目前只覆盖威海市），请手动选择');
  return { community: communityView(nearest.item), distanceMeters: Math.round(nearest.distanceMeters) };
});
