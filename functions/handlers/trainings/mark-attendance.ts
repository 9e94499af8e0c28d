import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { assertRunsTraining, rosterItems } from '#commons/trainings';
import { attendanceOpen } from '#domain/trainings/rules';
import { getBooking, markAbsent, markAttended } from '#adapters/dynamo/training-bookings';
import { requireTraining } from '#adapters/dynamo/trainings';

/**
 * 记出勤 / 缺课 once class has started. Attendance counts toward the 培训学时 and, when complete, the certificate;
 * the seat stays used either way. An attended class already counted in the hours is never turned into 缺课.
 */
export const handler = httpHandler('markAttendance', async ({ params, body, principal }) => {
  const now = Date.now();
  const row = await getBooking(params.bookingId);
  if (!row) throw new AppError('TRAINING_BOOKING_NOT_FOUND');
  const training = await requireTraining(row.trainingId);
  await assertRunsTraining(training, principal);
  if (!attendanceOpen({ startsAt: row.sessionStartsAt, endsAt: row.sessionEndsAt }, now)) throw new AppError('ATTENDANCE_NOT_OPEN');
  const target = body.attended ? 'attended' : 'absent';
  if (row.status !== target) {
    if (row.status === 'attended') throw new AppError('SIGNUP_STATE_CHANGED', '已记出勤并计入学时，不能改为缺课');
    if (row.status !== 'booked' && !(row.status === 'absent' && body.attended)) throw new AppError('SIGNUP_STATE_CHANGED', '只能为已预约上的居民记出勤');
    if (body.attended) await markAttended(row, training, now);
    else await markAbsent(row, now);
  }
  // Marking the same again is a no-op, so a double tap at the door changes nothing.
  const [item] = await rosterItems(training.id, [(await getBooking(row.id))!]);
  return item;
});
