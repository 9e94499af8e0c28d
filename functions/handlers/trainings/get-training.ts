import { httpHandler } from '#commons/http';
import { homePoint } from '#commons/nearest-community';
import { trainingDetailFor, viewerOf } from '#commons/trainings';
import { requireTraining } from '#adapters/dynamo/trainings';

/** 培训内容、学时、参训要求、补贴标准 and every session; a signed-in resident also sees 是否符合 and their own bookings. */
export const handler = httpHandler('getTraining', async ({ params, principal }) => {
  const [row, viewer, home] = await Promise.all([requireTraining(params.trainingId), viewerOf(principal), homePoint(principal)]);
  return trainingDetailFor(row, viewer, Date.now(), home ?? null);
});
