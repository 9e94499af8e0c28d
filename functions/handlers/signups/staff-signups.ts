import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffSignupResponses } from '#commons/signups';
import { listStaffQueue } from '#adapters/dynamo/staff-queues';
import { staffCovers } from '#domain/auth/scope';

/** A queue within the caller's division, or a narrower division beneath it. */
export const handler = httpHandler('staffSignups', async ({ query, principal }) => {
  const division = query.division ?? principal.staff?.divisionCode;
  if (!division || !staffCovers(principal, division)) throw new AppError('OUT_OF_SCOPE');
  const { rows, nextCursor } = await listStaffQueue(query.status, division, query.limit, query.cursor);
  return { items: await staffSignupResponses(rows), nextCursor };
});
