import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { meOf } from '#commons/session';
import { getCommunity } from '#adapters/dynamo/divisions';
import { setHomeCommunity } from '#adapters/dynamo/users';
import { moveTrainingNeeds } from '#adapters/dynamo/training-needs';

export const handler = httpHandler('setHomeCommunity', async ({ principal, body }) => {
  const community = await getCommunity(body.communityCode);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  const user = await setHomeCommunity(principal.userId, community.code, new Date().toISOString(), principal.role === 'resident');
  if (principal.role === 'resident') await moveTrainingNeeds(principal.userId, community.code);
  return meOf(user);
});
