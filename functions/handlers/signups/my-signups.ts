import { httpHandler } from '#commons/http';
import { mySignupResponse } from '#commons/signups';
import { listSignupsOfUser } from '#adapters/dynamo/signups';

export const handler = httpHandler('mySignups', async ({ query, principal }) => {
  const now = Date.now();
  const { rows, nextCursor } = await listSignupsOfUser(principal.userId, query.limit, query.cursor);
  return { items: await Promise.all(rows.map((row) => mySignupResponse(row, now))), nextCursor };
});
