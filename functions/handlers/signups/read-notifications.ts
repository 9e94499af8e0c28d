import { httpHandler } from '#commons/http';
import { markAllRead } from '#adapters/dynamo/notifications';

export const handler = httpHandler('readNotifications', async ({ principal }) => {
  await markAllRead(principal.userId);
  return { ok: true as const };
});
