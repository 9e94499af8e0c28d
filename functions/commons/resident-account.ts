import { getUser, type UserRow } from '#adapters/dynamo/users';
import { AppError } from './errors';

/**
 * Sessions last a week, and registering an organisation turns a resident account into an employer account: a
 * token from before still says resident. Seat-taking writes check the account itself.
 */
export function assertStillResident(user: Pick<UserRow, 'role'>): void {
  if (user.role !== 'resident') throw new AppError('FORBIDDEN', '这个账号已是用工单位账号，不能再以居民身份报名；请重新登录');
}

export async function residentAccount(userId: string): Promise<UserRow> {
  const user = await getUser(userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  assertStillResident(user);
  return user;
}
