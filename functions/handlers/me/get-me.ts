import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { meOf } from '#commons/session';
import { getUser } from '#adapters/dynamo/users';

export const handler = httpHandler('getMe', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return meOf(user);
});
