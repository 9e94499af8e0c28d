import { httpHandler } from '#commons/http';
import { countUnread, listNotifications, notificationView, readMark } from '#adapters/dynamo/notifications';

export const handler = httpHandler('myNotifications', async ({ query, principal }) => {
  const [{ rows, nextCursor }, mark] = await Promise.all([listNotifications(principal.userId, query.limit, query.cursor), readMark(principal.userId)]);
  return {
    items: rows.map((row) => notificationView(row, mark)),
    unreadCount: await countUnread(principal.userId, mark),
    nextCursor,
  };
});
