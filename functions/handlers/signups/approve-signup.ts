import { httpHandler } from '#commons/http';
import { signupInStaffScope, staffViewAfterChange } from '#commons/signups';
import { approveSignup } from '#adapters/dynamo/signup-transitions';

export const handler = httpHandler('approveSignup', async ({ params, principal }) => {
  const row = await signupInStaffScope(params.signupId, principal);
  await approveSignup(row, Date.now());
  return staffViewAfterChange(row.id);
});
