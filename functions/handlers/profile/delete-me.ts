import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { deleteUser, getUser } from '#adapters/dynamo/users';

export const handler = httpHandler('deleteMe', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  await deleteUser(user);
  return { ok: true as const };
});
