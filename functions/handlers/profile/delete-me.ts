import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { endSignup } from '#adapters/dynamo/signup-transitions';
import { listSignupsOfUser } from '#adapters/dynamo/signups';
import { deleteUser, deleteUserPartition, getUser } from '#adapters/dynamo/users';
import { canApply } from '#domain/booking/lifecycle';

/**
 * 注销: open sign-ups are cancelled first, so their seats go to the people waiting; then the inbox, calendar and
 * account are deleted. Sign-up records that employers and staff keep for wage questions stay, without the person's
 * name or phone (they read those from the deleted account).
 */
export const handler = httpHandler('deleteMe', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const now = Date.now();
  let cursor: string | undefined;
  do {
    const page = await listSignupsOfUser(user.id, 100, cursor);
    for (const row of page.rows.filter((r) => canApply('cancel', r.status))) {
      await endSignup(row, { to: 'cancelled', by: 'resident', reason: '居民注销账号' }, now);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  await deleteUserPartition(user.id);
  await deleteUser(user);
  return { ok: true as const };
});
