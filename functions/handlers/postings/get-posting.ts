import { httpHandler } from '#commons/http';
import { employerOrg, ownPosting } from '#commons/postings';
import { postingView } from '#domain/posting/posting-view';

export const handler = httpHandler('getPosting', async ({ params, principal }) => {
  const org = await employerOrg(principal);
  return postingView(await ownPosting(params.jobId, org), Date.now());
});
