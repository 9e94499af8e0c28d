import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { employerOrg, ownPosting } from '#commons/postings';
import { closePosting } from '#adapters/dynamo/postings';
import { postingView } from '#domain/posting/posting-view';

/** Closing stops new sign-ups and takes the job off the feed; people already signed up keep their places. */
export const handler = httpHandler('closePosting', async ({ params, principal }) => {
  const org = await employerOrg(principal);
  const before = await ownPosting(params.jobId, org);
  if (before.status !== 'closed' && !(await closePosting(before.id, new Date().toISOString()))) throw new AppError('JOB_NOT_EDITABLE');
  return postingView(await ownPosting(params.jobId, org, true), Date.now());
});
