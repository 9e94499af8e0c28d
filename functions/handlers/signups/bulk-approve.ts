import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { ERRORS } from '@contract';
import { approveSignup } from '#adapters/dynamo/signup-transitions';
import { getSignups } from '#adapters/dynamo/signups';
import { staffCovers } from '#domain/auth/scope';

/** Each sign-up is approved on its own: one that moved on or lies outside the caller's scope is reported, not fatal. */
export const handler = httpHandler('bulkApproveSignups', async ({ body, principal }) => {
  const now = Date.now();
  const rows = new Map((await getSignups(body.signupIds)).map((row) => [row.id, row]));
  const approved: string[] = [];
  const failed: { id: string; code: string; message: string }[] = [];
  for (const id of [...new Set(body.signupIds)]) {
    const row = rows.get(id);
    try {
      if (!row) throw new AppError('SIGNUP_NOT_FOUND');
      if (!staffCovers(principal, row.residentCommunityCode)) throw new AppError('OUT_OF_SCOPE');
      if (row.status !== 'pending') throw new AppError('SIGNUP_STATE_CHANGED', `已是其他状态，不能再通过`);
      await approveSignup(row, now);
      approved.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ id, code: error.code, message: error.message || ERRORS[error.code].message });
    }
  }
  return { approved, failed };
});
