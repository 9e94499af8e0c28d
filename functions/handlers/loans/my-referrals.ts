import { httpHandler } from '#commons/http';
import { loanView } from '#commons/subsidies/loans';
import { listReferralsOfUser } from '#adapters/dynamo/loan-referrals';

/** 我的创业贷款, newest first, with the bank's progress. */
export const handler = httpHandler('myLoanReferrals', async ({ principal }) => ({
  items: (await listReferralsOfUser(principal.userId)).map(loanView),
}));
