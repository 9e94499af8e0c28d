import { httpHandler } from '#commons/http';
import { applicationView } from '#commons/subsidies/application-view';
import { listApplicationsOfUser } from '#adapters/dynamo/subsidies';

/** 我的补贴, newest first (#58). Document links are only on the detail page; a list has no need of them. */
export const handler = httpHandler('mySubsidyApplications', async ({ principal }) => {
  const rows = await listApplicationsOfUser(principal.userId);
  return { items: await Promise.all(rows.map((row) => applicationView(row, { documentLinks: false }))), nextCursor: null };
});
