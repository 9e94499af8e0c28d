import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { profileOf } from '#commons/profile';
import { mySignupResponse } from '#commons/signups';
import { listNotifications, notificationView, readMark } from '#adapters/dynamo/notifications';
import { listSignupsOfUser } from '#adapters/dynamo/signups';
import { getUser } from '#adapters/dynamo/users';

async function allPages<T>(read: (cursor?: string) => Promise<{ rows: T[]; nextCursor: string | null }>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

export const handler = httpHandler('exportMyData', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const now = Date.now();
  const [signups, notifications, mark] = await Promise.all([
    allPages((cursor) => listSignupsOfUser(user.id, 100, cursor)),
    allPages((cursor) => listNotifications(user.id, 100, cursor)),
    readMark(user.id),
  ]);
  return {
    exportedAt: new Date(now).toISOString(),
    account: { id: user.id, role: user.role, createdAt: user.createdAt },
    profile: profileOf(user),
    signups: await Promise.all(signups.map((row) => mySignupResponse(row, now))),
    notifications: notifications.map((n) => notificationView(n, mark)),
    notice: '这是本平台保存的您的全部个人资料、报名记录和消息。手机号、身份证号以加密方式保存，导出时做了脱敏；如需完整信息，请携带身份证件到社区就业服务站查询。',
  };
});
