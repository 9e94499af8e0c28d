import { httpHandler } from '#commons/http';
import { checkPosting, employerOrg, storedPosting } from '#commons/postings';
import { putNewPosting } from '#adapters/dynamo/postings';
import { postingView } from '#domain/posting/posting-view';

/** Publishing puts the job on the feed's geo index in the same write, so it is on the nearby feed at once, any hour. */
export const handler = httpHandler('createPosting', async ({ body, principal }) => {
  const now = Date.now();
  const org = await employerOrg(principal);
  const times = checkPosting(body, org, now);
  const row = await storedPosting(body, org, times, {}, new Date(now).toISOString());
  await putNewPosting(row);
  return postingView(row, now);
});
