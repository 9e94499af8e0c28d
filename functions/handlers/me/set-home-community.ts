import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { meOf } from '#commons/session';
import { getCommunity } from '#adapters/dynamo/divisions';
import { setHomeCommunity } from '#adapters/dynamo/users';

export const handler = httpHandler('setHomeCommunity', async ({ principal, body }) => {
  const community = await getCommunity(body.communityCode);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  return meOf(await setHomeCommunity(principal.userId, community.code, new Date().toISOString(), principal.role === 'resident'));
});
