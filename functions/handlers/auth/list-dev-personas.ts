import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { devLoginAllowed } from '#commons/config';
import { listPersonas } from '#adapters/dynamo/users';

export const handler = httpHandler('listDevPersonas', async () => {
  if (!devLoginAllowed()) throw new AppError('DEV_LOGIN_DISABLED');
  const personas = await listPersonas();
  return { items: personas.map(({ persona, displayName, role, description }) => ({ persona, displayName, role, description })) };
});
