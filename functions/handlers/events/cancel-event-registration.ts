import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { registrationOfResident, registrationResponse } from '#commons/events';
import { canCancel } from '#domain/events/rules';
import { cancelRegistration, getRegistration, requireEvent } from '#adapters/dynamo/events';

/** Before the fair starts; a freed seat goes to the first person waiting. */
export const handler = httpHandler('cancelEventRegistration', async ({ params, principal }) => {
  const now = Date.now();
  const row = await registrationOfResident(params.registrationId, principal);
  if (row.status === 'cancelled') throw new AppError('SIGNUP_STATE_CHANGED', '这条报名已经取消了');
  if (!canCancel(await requireEvent(row.eventId), now)) throw new AppError('EVENT_CLOSED', '活动已经开始，不能再取消报名');
  await cancelRegistration(row, now);
  return registrationResponse((await getRegistration(row.id))!);
});
