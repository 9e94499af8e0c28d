import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { bookingOfResident, bookingResponse } from '#commons/trainings';
import { canBook } from '#domain/trainings/rules';
import { cancelBooking, getBooking } from '#adapters/dynamo/training-bookings';

/** Before class starts; a freed seat goes to the first person waiting, in the same transaction. */
export const handler = httpHandler('cancelTrainingBooking', async ({ params, principal }) => {
  const now = Date.now();
  const row = await bookingOfResident(params.bookingId, principal);
  if (row.status === 'cancelled') throw new AppError('SIGNUP_STATE_CHANGED', '这条预约已经取消了');
  if (!canBook({ startsAt: row.sessionStartsAt, endsAt: row.sessionEndsAt }, now)) throw new AppError('SESSION_CLOSED', '已经上课了，不能再取消预约');
  await cancelBooking(row, now);
  return bookingResponse((await getBooking(row.id))!, now);
});
