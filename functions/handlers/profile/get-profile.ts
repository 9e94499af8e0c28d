import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { profileOf } from '#commons/profile';
import { getUser } from '#adapters/dynamo/users';

export const handler = httpHandler('getProfile', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return profileOf(user);
});
