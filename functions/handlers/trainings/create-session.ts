import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { staffCovers } from '#domain/auth/scope';
import { sessionHours } from '#domain/trainings/rules';
import { weihaiInstant } from '#domain/time/weihai-clock';
import { sessionView, type SessionRow } from '#domain/trainings/views';
import { putSession, requireTraining } from '#adapters/dynamo/trainings';

/** 增加一次课 (e.g. a 培训夜课 19:00-21:00, 鲁就办〔2023〕13号 三、13): staff over the training's district, in the future. */
export const handler = httpHandler('createTrainingSession', async ({ params, body, principal }) => {
  const now = Date.now();
  const training = await requireTraining(params.trainingId);
  if (!staffCovers(principal, training.districtCode)) throw new AppError('OUT_OF_SCOPE');
  const startsAt = weihaiInstant(body.date, body.startTime);
  const endsAt = weihaiInstant(body.date, body.endTime);
  if (Date.parse(startsAt) <= now) {
    throw new AppError('VALIDATION_FAILED', '填写的内容有误：上课时间要晚于现在', [{ field: 'body.date', message: '上课时间要晚于现在' }]);
  }
  const row: SessionRow = {
    id: `tsn-${ulid().toLowerCase()}`,
    trainingId: training.id,
    startsAt,
    endsAt,
    hours: sessionHours({ startsAt, endsAt }),
    address: body.address ?? training.address,
    capacity: body.capacity,
    seatsLeft: body.capacity,
    waitlistCount: 0,
    status: 'open',
    communityCode: training.communityCode,
    createdAt: new Date(now).toISOString(),
  };
  await putSession(row);
  return sessionView(row, now);
});
