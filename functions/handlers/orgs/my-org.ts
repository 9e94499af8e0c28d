import { httpHandler } from '#commons/http';
import { orgResponse } from '#commons/orgs';
import { getOrg } from '#adapters/dynamo/orgs';
import { getUser } from '#adapters/dynamo/users';

/** Read from the account, not the token: a token issued before registering does not know the org yet. */
export const handler = httpHandler('myOrg', async ({ principal }) => {
  const user = await getUser(principal.userId);
  const org = user?.orgId ? await getOrg(user.orgId) : undefined;
  return { org: org ? orgResponse(org) : null };
});
