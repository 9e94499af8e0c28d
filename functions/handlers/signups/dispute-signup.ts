import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { mySignupResponse, signupOfResident } from '#commons/signups';
import { raiseDispute } from '#adapters/dynamo/signup-transitions';
import { requireSignup } from '#adapters/dynamo/signups';

/** 未结清工资 goes to the staff of the worker's community: 劳动维权 is one of the 零工市场's one-stop services (威就办〔2023〕9号 三、7). */
export const handler = httpHandler('disputeSignup', async ({ params, body, principal }) => {
  const row = await signupOfResident(params.signupId, principal);
  if (row.dispute) throw new AppError('SIGNUP_STATE_CHANGED', '您已经反映过了，社区正在处理');
  if (row.status !== 'checked_in' && row.status !== 'completed') throw new AppError('SIGNUP_STATE_CHANGED', '到岗签到后才能反映工资问题');
  await raiseDispute(row, body.note, Date.now());
  return mySignupResponse(await requireSignup(row.id));
});
