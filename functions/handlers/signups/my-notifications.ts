import { httpHandler } from '#commons/http';
import { countUnread, listNotifications, readMark } from '#adapters/dynamo/notifications';

export const handler = httpHandler('myNotifications', async ({ query, principal }) => {
  const [{ rows, nextCursor }, mark] = await Promise.all([listNotifications(principal.userId, query.limit, query.cursor), readMark(principal.userId)]);
  return {
    items: rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, body: row.body, signupId: row.signupId, createdAt: row.createdAt, read: row.id <= mark })),
    unreadCount: await countUnread(principal.userId, mark),
    nextCursor,
  };
});
