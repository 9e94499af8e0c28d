import { httpHandler } from '#commons/http';
import { assertRunsTraining, rosterItems } from '#commons/trainings';
import { sessionView } from '#domain/trainings/views';
import { listBookingsOfSession } from '#adapters/dynamo/training-bookings';
import { requireSession, requireTraining } from '#adapters/dynamo/trainings';

/** 预约名单 of one class (with the queue), for staff over the training's district or the provider. */
export const handler = httpHandler('trainingRoster', async ({ params, principal }) => {
  const [training, session] = await Promise.all([requireTraining(params.trainingId), requireSession(params.trainingId, params.sessionId)]);
  await assertRunsTraining(training, principal);
  const items = await rosterItems(training.id, await listBookingsOfSession(session.id));
  return { training: { id: training.id, title: training.title }, session: sessionView(session, Date.now()), items };
});
