import { LOAN_STATUS_LABEL } from '@contract';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { LOAN_NEXT, loanNotice, loanView } from '#commons/subsidies/loans';
import { staffCovers } from '#domain/auth/scope';
import { changeReferralStatus, getReferral } from '#adapters/dynamo/loan-referrals';

/**
 * District (or city) staff record what the partner bank did with a referral; the applicant hears of it in 我的消息.
 * Only forward steps are accepted (已转介 → 已受理 / 未受理, 已受理 → 已放款 / 未受理).
 */
export const handler = httpHandler('updateLoanReferral', async ({ params, body, principal }) => {
  const level = principal.staff?.level;
  if (level !== 'district' && level !== 'city') throw new AppError('FORBIDDEN', '银行办理结果由区市人社工作人员登记');
  const row = await getReferral(params.referralId);
  if (!row) throw new AppError('LOAN_REFERRAL_NOT_FOUND');
  if (!staffCovers(principal, row.communityCode)) throw new AppError('OUT_OF_SCOPE');
  if (!LOAN_NEXT[row.status]?.includes(body.status)) {
    throw new AppError('CONFLICT', `这条转介现在是「${LOAN_STATUS_LABEL[row.status]}」，不能改为「${LOAN_STATUS_LABEL[body.status]}」`);
  }
  const note = body.note || null;
  const changed = await changeReferralStatus(row, {
    to: body.status, note, by: principal.userId, at: new Date().toISOString(), message: loanNotice(row, body.status, note),
  });
  if (!changed) throw new AppError('CONFLICT', '这条转介的状态刚刚变化了，请刷新后再看');
  return loanView((await getReferral(row.id))!);
});
