import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getCommunity } from '#adapters/dynamo/divisions';
import { communityView } from '#domain/divisions/community-view';

export const handler = httpHandler('getCommunity', async ({ params }) => {
  const row = await getCommunity(params.code);
  if (!row) throw new AppError('COMMUNITY_NOT_FOUND');
  return communityView(row);
});
