import { httpHandler } from '#commons/http';
import { signupInStaffScope, staffSignupResponses } from '#commons/signups';
import { approveSignup } from '#adapters/dynamo/signup-transitions';
import { requireSignup } from '#adapters/dynamo/signups';

export const handler = httpHandler('approveSignup', async ({ params, principal }) => {
  const row = await signupInStaffScope(params.signupId, principal);
  await approveSignup(row, Date.now());
  const [view] = await staffSignupResponses([await requireSignup(row.id)]);
  return view;
});
