import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getCommunity } from '#adapters/dynamo/divisions';
import { nearestCommunityTo } from '#commons/nearest-community';
import { communityView } from '#domain/divisions/community-view';

export const handler = httpHandler('nearestCommunity', async ({ query }) => {
  const origin = { lat: query.lat, lng: query.lng };
  const nearest = await nearestCommunityTo(origin);
  const community = nearest && (await getCommunity(nearest.item.code));
  if (!nearest || !community) throw new AppError('COMMUNITY_NOT_FOUND', '附近没有找到社区（目前只覆盖威海市），请手动选择');
  return { community: communityView(community), distanceMeters: Math.round(nearest.distanceMeters) };
});
