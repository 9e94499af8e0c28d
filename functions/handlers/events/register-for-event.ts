import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { admitted } from '#commons/admission';
import { httpHandler, toErrorResponse } from '#commons/http';
import { AppError } from '#commons/errors';
import { registrationResponse } from '#commons/events';
import { residentAccount } from '#commons/resident-account';
import { canRegister } from '#domain/events/rules';
import { activeRegistration, registerForEvent, requireEvent } from '#adapters/dynamo/events';

/** Same gate as gig sign-ups (create-signup.ts): a rush on one fair waits its turn instead of piling onto the database. */
const concurrentPerEvent = () => Number(process.env.SIGNUP_CONCURRENCY_PER_JOB ?? 8);
const MAX_WAIT_MS = 4000;

/** 报名参加: a seat while any are left, else 候补 (the waitlist is always on for fairs). */
const register = httpHandler('registerForEvent', async ({ params, principal }) => {
  const now = Date.now();
  const [event, existing] = await Promise.all([requireEvent(params.eventId), activeRegistration(principal.userId, params.eventId), residentAccount(principal.userId)]);
  if (existing) throw new AppError('ALREADY_REGISTERED', existing.status === 'waitlisted' ? '您已在这场活动的候补名单里' : undefined);
  if (!canRegister(event, now)) throw new AppError('EVENT_CLOSED');
  return registrationResponse(await registerForEvent(event, principal.userId, now));
});

export const handler = (event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyResultV2> =>
  admitted(`event:${event.pathParameters?.eventId ?? ''}`, concurrentPerEvent(), MAX_WAIT_MS, () => register(event, context)).catch((error) =>
    toErrorResponse(error, 'registerForEvent'),
  );
