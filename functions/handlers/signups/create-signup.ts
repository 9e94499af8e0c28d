import { behindBookingGate } from '#commons/booking-gate';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { mySignupResponse } from '#commons/signups';
import { getJob } from '#adapters/dynamo/jobs';
import { activeSignupId, createSignup } from '#adapters/dynamo/signups';
import { getUser } from '#adapters/dynamo/users';
import { assertStillResident } from '#commons/resident-account';
import { signupClosesAt } from '#domain/booking/gig-times';
import { missingForSignup } from '#domain/signups/readiness';


/** 报名: a seat (待审核) or a place in the queue (候补第 N 位), or the reason why not. */
const signUp = httpHandler('createSignup', async ({ params, principal }) => {
  const now = Date.now();
  const [job, user, existing] = await Promise.all([getJob(params.jobId), getUser(principal.userId), activeSignupId(principal.userId, params.jobId)]);
  if (!job) throw new AppError('JOB_NOT_FOUND');
  if (!user) throw new AppError('USER_NOT_FOUND');
  assertStillResident(user);
  if (existing) throw new AppError('ALREADY_SIGNED_UP');
  if (job.status !== 'open' || now >= signupClosesAt(job)) throw new AppError('SIGNUP_CLOSED');
  const missing = missingForSignup({ name: user.name, hasPhone: !!user.phoneEnc, homeCommunityCode: user.homeCommunityCode });
  if (missing.length) throw new AppError('PROFILE_INCOMPLETE', `资料不完整：${missing.map((m) => m.message).join('；')}`, missing);
  const orgId = job.orgId;
  if (!orgId) throw new AppError('SIGNUP_CLOSED', '这个岗位暂不接受线上报名，请联系社区');
  const row = await createSignup({ job: { ...job, orgId }, userId: user.id, residentCommunityCode: user.homeCommunityCode!, now });
  return mySignupResponse(row, now);
});

export const handler = behindBookingGate('createSignup', (event) => `job:${event.pathParameters?.jobId ?? ''}`, signUp);
