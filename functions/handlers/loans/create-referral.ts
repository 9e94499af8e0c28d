import { ulid } from 'ulid';
import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { checkedCreditCode, loadApplicant, routingCommunity } from '#commons/subsidies/applicant';
import { loanView } from '#commons/subsidies/loans';
import { loanLimitProblems } from '#domain/subsidies/loan-limits';
import { createReferral } from '#adapters/dynamo/loan-referrals';

/**
 * 创业提振贷转介 (#62): the request is checked against the limits of 鲁就办〔2023〕13号 三、7 (individual 50 万元 / 3 年,
 * 小微企业 1000 万元 / 2 年) and referred to the partner bank through the applicant's community; the bank decides.
 */
export const handler = httpHandler('createLoanReferral', async ({ body, principal }) => {
  const problems = loanLimitProblems(body);
  if (problems.length) throw new AppError('LOAN_OVER_LIMIT', problems.map((p) => p.message).join('；'), problems);
  if (body.kind === 'small-business' && !body.creditCode) {
    const message = '小微企业贷款请填写统一社会信用代码';
    throw new AppError('VALIDATION_FAILED', `填写的内容有误：${message}`, [{ field: 'body.creditCode', message }]);
  }
  const applicant = await loadApplicant(principal);
  const creditCode = body.creditCode ? checkedCreditCode(applicant, body.creditCode, 'body.creditCode') : null;
  const communityCode = await routingCommunity(applicant);
  const at = new Date().toISOString();
  const row = {
    id: ulid(), userId: applicant.user.id, kind: body.kind, amountYuan: body.amountYuan, termMonths: body.termMonths, purpose: body.purpose,
    businessName: body.businessName || applicant.org?.name || '', creditCode, applicantName: applicant.user.name,
    phoneEnc: applicant.user.phoneEnc ?? null, orgId: applicant.org?.id ?? null, communityCode, status: 'referred' as const, bankNote: null,
    history: [{ status: 'referred' as const, at, by: null, note: null }], createdAt: at, updatedAt: at,
  };
  await createReferral(row);
  return loanView(row);
});
