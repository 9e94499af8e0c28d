import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { mySignupResponse, signupOfResident } from '#commons/signups';
import { endSignup } from '#adapters/dynamo/signup-transitions';
import { requireSignup } from '#adapters/dynamo/signups';
import { canCancelAt } from '#domain/booking/gig-times';
import { canApply } from '#domain/booking/lifecycle';

/** Before the gig starts; the freed seat goes to the first person waiting. */
export const handler = httpHandler('cancelSignup', async ({ params, principal }) => {
  const now = Date.now();
  const row = await signupOfResident(params.signupId, principal);
  if (!canApply('cancel', row.status)) throw new AppError('SIGNUP_STATE_CHANGED', `这条报名已是「${row.status === 'cancelled' ? '已取消' : '无法取消'}」状态`);
  if (!canCancelAt(row.job, now)) throw new AppError('CANCEL_TOO_LATE');
  await endSignup(row, { to: 'cancelled', by: 'resident' }, now);
  return mySignupResponse(await requireSignup(row.id), now);
});
