import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { signupInStaffScope, staffViewAfterChange } from '#commons/signups';
import { resolveDispute } from '#adapters/dynamo/signup-transitions';

export const handler = httpHandler('resolveDispute', async ({ params, body, principal }) => {
  const row = await signupInStaffScope(params.signupId, principal);
  if (row.dispute?.status !== 'open') throw new AppError('SIGNUP_STATE_CHANGED', '这条反映已经处理过了');
  await resolveDispute(row, body.resolution, Date.now());
  return staffViewAfterChange(row.id);
});
