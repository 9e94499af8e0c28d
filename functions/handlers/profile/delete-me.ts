import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { endSignup } from '#adapters/dynamo/signup-transitions';
import { listSignupsOfUser, requireSignup } from '#adapters/dynamo/signups';
import { deleteUser, deleteUserPartition, getUser } from '#adapters/dynamo/users';
import { canApply } from '#domain/booking/lifecycle';
import { cancelBooking, getBooking, listBookingsOfUser } from '#adapters/dynamo/training-bookings';

/**
 * 注销: open sign-ups and training places are cancelled first, so their seats go to the people waiting; then the inbox, calendar and
 * account are deleted. Sign-up records that employers and staff keep for wage questions stay, without the person's
 * name or phone (they read those from the deleted account).
 */
export const handler = httpHandler('deleteMe', async ({ principal }) => {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const now = Date.now();
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSignupsOfUser(user.id, 100, cursor);
    ids.push(...page.rows.map((row) => row.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // the list is an index and may lag: decide on each sign-up as it is now
  const current = await Promise.all(ids.map(requireSignup));
  if (current.some((row) => row.status === 'checked_in')) {
    throw new AppError('SIGNUP_STATE_CHANGED', '您有已签到、还没确认完工的零工。请先在「我的报名」确认完工，再注销账号。');
  }
  for (const row of current.filter((r) => canApply('cancel', r.status))) {
    await endSignup(row, { to: 'cancelled', by: 'resident', reason: '居民注销账号' }, now);
  }
  // Training places too: a class not yet started gets its seat back for the next in line.
  const bookings = await Promise.all((await listBookingsOfUser(user.id)).map((row) => getBooking(row.id)));
  for (const row of bookings) {
    if (row && (row.status === 'booked' || row.status === 'waitlisted') && Date.parse(row.sessionStartsAt) > now) await cancelBooking(row, now);
  }
  await deleteUserPartition(user.id);
  await deleteUser(user);
  return { ok: true as const };
});
