import { behindBookingGate } from '#commons/booking-gate';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { registrationResponse } from '#commons/events';
import { residentAccount } from '#commons/resident-account';
import { canRegister } from '#domain/events/rules';
import { activeRegistration, registerForEvent, requireEvent } from '#adapters/dynamo/events';

/** 报名参加: a seat while any are left, else 候补 (the waitlist is always on for fairs). */
const register = httpHandler('registerForEvent', async ({ params, principal }) => {
  const now = Date.now();
  const [event, existing] = await Promise.all([requireEvent(params.eventId), activeRegistration(principal.userId, params.eventId), residentAccount(principal.userId)]);
  if (existing) throw new AppError('ALREADY_REGISTERED', existing.status === 'waitlisted' ? '您已在这场活动的候补名单里' : undefined);
  if (!canRegister(event, now)) throw new AppError('EVENT_CLOSED');
  return registrationResponse(await registerForEvent(event, principal.userId, now));
});

/** A rush on one fair waits its turn at the same gate as gig sign-ups, instead of piling onto the database. */
export const handler = behindBookingGate('registerForEvent', (event) => `event:${event.pathParameters?.eventId ?? ''}`, register);
