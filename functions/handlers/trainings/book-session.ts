import { behindBookingGate } from '#commons/booking-gate';
import { httpHandler } from '#commons/http';
import { recordAutomaticService } from '#commons/assistance/automatic-service';
import { AppError } from '#commons/errors';
import { residentAccount } from '#commons/resident-account';
import { bookingResponse, residentFacts } from '#commons/trainings';
import { eligibilityVerdict } from '#domain/trainings/eligibility';
import { canBook } from '#domain/trainings/rules';
import { activeBookingOf, bookSession } from '#adapters/dynamo/training-bookings';
import { requireSession, requireTraining } from '#adapters/dynamo/trainings';

/** 预约一次课: a seat while any are left, else 候补; only for residents who meet the 参训要求 (鲁就办〔2023〕13号 三、11/12). */
const book = httpHandler('bookTrainingSession', async ({ params, principal }) => {
  const now = Date.now();
  // The account itself, not the token: a resident who became an employer keeps a resident token for a week.
  const [training, session, user, existing] = await Promise.all([
    requireTraining(params.trainingId),
    requireSession(params.trainingId, params.sessionId),
    residentAccount(principal.userId),
    activeBookingOf(principal.userId, params.sessionId),
  ]);
  if (existing) throw new AppError('ALREADY_BOOKED', existing.status === 'waitlisted' ? '您已在这次课的候补名单里，请在「我的培训」查看' : undefined);
  if (!canBook(session, now)) throw new AppError('SESSION_CLOSED');
  const verdict = eligibilityVerdict(training.eligibility, await residentFacts(principal.userId, user));
  if (!verdict.eligible) throw new AppError('NOT_ELIGIBLE', `不符合参训要求：${verdict.reasons.join('；')}`, { reasons: verdict.reasons });
  const booking = await bookSession(training, session, principal.userId, now);
  // a 培训信息 toward the 「12333」 of a resident linked to the 就业援助台账 (never fails the booking)
  await recordAutomaticService(principal.userId, '培训信息', 'training-booked', booking.id, `居民预约培训「${training.title}」（${training.category}）`);
  return bookingResponse(booking, now);
});

/** A rush on one class waits its turn at the same gate as gig sign-ups and job fairs. */
export const handler = behindBookingGate('bookTrainingSession', (event) => `tsession:${event.pathParameters?.sessionId ?? ''}`, book);
