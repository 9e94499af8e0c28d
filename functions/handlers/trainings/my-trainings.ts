import { httpHandler } from '#commons/http';
import { bookingResponse } from '#commons/trainings';
import { progressView } from '#domain/trainings/views';
import { listBookingsOfUser, listProgress } from '#adapters/dynamo/training-bookings';

/** 我的培训: bookings newest first, hours per training and certificates. */
export const handler = httpHandler('myTrainings', async ({ principal }) => {
  const now = Date.now();
  const [bookings, progress] = await Promise.all([listBookingsOfUser(principal.userId), listProgress(principal.userId)]);
  return {
    bookings: await Promise.all(bookings.map((row) => bookingResponse(row, now))),
    progress: progress.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(progressView),
    totalHours: progress.reduce((sum, p) => sum + p.hoursDone, 0),
  };
});
