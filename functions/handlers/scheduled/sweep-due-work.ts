import { logger } from '#commons/logger';
import { recordAutomaticService } from '#commons/assistance/automatic-service';
import { isShift } from '#domain/jobs/filters';
import { AppError } from '#commons/errors';
import { transact } from '#commons/transact';
import { expireSignup, markNoShow } from '#adapters/dynamo/signup-transitions';
import { getSignup } from '#adapters/dynamo/signups';
import { notificationPut } from '#adapters/dynamo/notifications';
import { remindIfBooked } from '#adapters/dynamo/training-bookings';
import { deleteTimer, dueTimers, type TimerRow } from '#adapters/dynamo/timers';

/**
 * Runs every few minutes (EventBridge schedule on AWS; a timer in `npm start` locally): reminders before a shift or a training class,
 * and after it 缺勤 for approved workers never checked in, 已过期 for sign-ups never reviewed or promoted.
 * Each step is conditional on the sign-up's current status, so running twice does nothing twice.
 */
export async function handleTimer(timer: TimerRow, now: number): Promise<void> {
  // Training reminders name a training booking, not a sign-up (adapters/dynamo/training-bookings.ts).
  if (timer.kind === 'training-reminder') {
    const reminded = await remindIfBooked(timer.signupId, now);
    // a delivered training notice is a 培训信息 toward the 「12333」 of a resident linked to the 就业援助台账
    if (reminded) await recordAutomaticService(reminded.userId, '培训信息', 'training-reminder', reminded.id, `系统提醒居民上培训课「${reminded.trainingTitle}」`, now);
    return;
  }
  const row = await getSignup(timer.signupId);
  if (!row) return;
  if (timer.kind === 'reminder') {
    if (row.status === 'approved') await transact([notificationPut(row.userId, 'reminder', row, new Date(now).toISOString(), row.job.address)]);
    return;
  }
  if (row.status === 'approved' && isShift(row.job)) await markNoShow(row, now);
  else if (row.status === 'pending' || row.status === 'waitlisted') await expireSignup(row, now);
}

export async function sweepDueWork(now = Date.now()): Promise<{ handled: number; failed: number }> {
  let handled = 0;
  let failed = 0;
  for (const timer of await dueTimers(now)) {
    try {
      await handleTimer(timer, now);
      await deleteTimer(timer);
      handled++;
    } catch (error) {
      // A sign-up that moved on meanwhile needs nothing more; anything else is retried on the next run.
      if (error instanceof AppError && error.code === 'SIGNUP_STATE_CHANGED') {
        await deleteTimer(timer);
        handled++;
      } else {
        failed++;
        logger.warn('due work failed, will retry', { kind: timer.kind, errorName: (error as Error)?.name });
      }
    }
  }
  return { handled, failed };
}

export const handler = async () => {
  const result = await sweepDueWork();
  logger.info('swept due work', result);
  return result;
};
