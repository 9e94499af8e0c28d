import { httpHandler } from '#commons/http';
import { orgInStaffScope, staffOrgResponse } from '#commons/orgs';
import { reviewOrg } from '#adapters/dynamo/org-writes';
import { getOrg } from '#adapters/dynamo/orgs';

export const handler = httpHandler('rejectOrg', async ({ params, body, principal }) => {
  const org = await orgInStaffScope(params.orgId, principal);
  await reviewOrg(org, {
    to: 'rejected', by: principal.userId, at: new Date().toISOString(), reason: body.reason,
    message: { title: '单位认证未通过', body: `「${org.name}」未通过认证。原因：${body.reason}。修改后可以重新提交。`, link: '/packages/employer/pages/org/index' },
  });
  return staffOrgResponse((await getOrg(org.id, true))!);
});
