import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { devLoginAllowed } from '#commons/config';
import { sessionFor } from '#commons/session';
import { getPersona, getUser } from '#adapters/dynamo/users';

export const handler = httpHandler('devLogin', async ({ body }) => {
  if (!devLoginAllowed()) throw new AppError('DEV_LOGIN_DISABLED');
  const persona = await getPersona(body.persona);
  if (!persona) throw new AppError('PERSONA_NOT_FOUND');
  const user = await getUser(persona.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return sessionFor(user);
});
