import { httpHandler } from '#commons/http';
import { orgInStaffScope, staffOrgResponse } from '#commons/orgs';
import { reviewOrg } from '#adapters/dynamo/org-writes';
import { getOrg } from '#adapters/dynamo/orgs';
import { setBadgeOnJobsOfOrg } from '#adapters/dynamo/postings';

export const handler = httpHandler('verifyOrg', async ({ params, principal }) => {
  const org = await orgInStaffScope(params.orgId, principal);
  const at = new Date().toISOString();
  await reviewOrg(org, {
    to: 'verified', by: principal.userId, at,
    message: { title: '单位认证通过', body: `「${org.name}」已通过社区认证，现在可以发布岗位了。`, link: '/packages/employer/pages/post/index' },
  });
  await setBadgeOnJobsOfOrg(org.id, true, at);
  return staffOrgResponse((await getOrg(org.id, true))!);
});
