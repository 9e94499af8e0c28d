import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { signupInStaffScope, staffViewAfterChange } from '#commons/signups';
import { endSignup } from '#adapters/dynamo/signup-transitions';
import { canApply } from '#domain/booking/lifecycle';

/** With a reason the resident reads in 我的消息; the seat goes to the first person waiting. */
export const handler = httpHandler('rejectSignup', async ({ params, body, principal }) => {
  const row = await signupInStaffScope(params.signupId, principal);
  if (!canApply('reject', row.status)) throw new AppError('SIGNUP_STATE_CHANGED');
  await endSignup(row, { to: 'rejected', by: 'staff', reason: body.reason }, Date.now());
  return staffViewAfterChange(row.id);
});
