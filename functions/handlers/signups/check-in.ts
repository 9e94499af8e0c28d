import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { applicantViewAfterChange, signupOfEmployer } from '#commons/signups';
import { checkIn } from '#adapters/dynamo/signup-transitions';
import { isCheckInOpen } from '#domain/booking/gig-times';

/** On site: the code on the worker's phone proves they are there. Wrong codes are rate-limited per address. */
export const handler = httpHandler('checkInSignup', async ({ params, body, principal }) => {
  const now = Date.now();
  const row = await signupOfEmployer(params.signupId, principal);
  if (row.status !== 'approved') throw new AppError('SIGNUP_STATE_CHANGED', row.status === 'checked_in' ? '这位已经签到过了' : '只有审核通过的报名才能签到');
  if (!isCheckInOpen(row.job, now)) throw new AppError('CHECK_IN_NOT_OPEN');
  if (row.checkInCode !== body.code) throw new AppError('CHECK_IN_CODE_WRONG');
  await checkIn(row, body.code, now);
  return applicantViewAfterChange(row.id, now);
});
