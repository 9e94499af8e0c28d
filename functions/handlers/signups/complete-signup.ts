import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { applicantViewAfterChange, mySignupResponse, signupOfEmployer, signupOfResident } from '#commons/signups';
import { confirmCompletion } from '#adapters/dynamo/signup-transitions';
import { requireSignup } from '#adapters/dynamo/signups';

/** 确认完工 by either side; the second confirmation completes it. */
export const handler = httpHandler('completeSignup', async ({ params, principal }) => {
  const now = Date.now();
  const side = principal.role === 'employer' ? 'employer' : 'resident';
  const row = side === 'employer' ? await signupOfEmployer(params.signupId, principal) : await signupOfResident(params.signupId, principal);
  if (row.status !== 'checked_in') throw new AppError('SIGNUP_STATE_CHANGED', '签到之后才能确认完工');
  await confirmCompletion(row, side, now);
  return side === 'employer' ? applicantViewAfterChange(row.id, now) : mySignupResponse(await requireSignup(row.id), now);
});
