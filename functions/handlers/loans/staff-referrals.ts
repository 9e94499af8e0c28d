import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { loanView } from '#commons/subsidies/loans';
import { listLoanQueue } from '#adapters/dynamo/loan-referrals';

/** The partner-bank queue of the caller's division by status, oldest first. */
export const handler = httpHandler('staffLoanReferrals', async ({ query, principal }) => {
  if (!principal.staff) throw new AppError('FORBIDDEN');
  return { items: (await listLoanQueue(query.status, principal.staff.divisionCode)).map(loanView) };
});
