import { openJobsInCell } from '#adapters/dynamo/jobs';
import { nearbyFeed, type FeedPage, type FeedRequest } from '#domain/jobs/feed';
import { denseCells } from './dense-cells';

/** The nearby feed over the jobs table, with this container's memory of dense cells. */
export function feedFromTable(request: FeedRequest): Promise<FeedPage> {
  const nowIso = new Date(request.now).toISOString();
  return nearbyFeed(request, (cell, readLimit) => openJobsInCell(cell, readLimit, nowIso), denseCells);
}
