import { communityPointsInCells } from '#adapters/dynamo/divisions';
import { cellAndNeighbours, guaranteedNearestRadius, type LatLng } from '#domain/divisions/geo';
import { nearestOf } from '#domain/divisions/nearest';

/**
 * Fine cells first: a hit closer than the fine grid's guaranteed radius is certainly the nearest. Otherwise
 * (villages, open country) the coarse grid, which reaches about 4 km in every direction.
 */
export async function nearestCommunityTo(origin: LatLng) {
  const fine = nearestOf(origin, await communityPointsInCells(cellAndNeighbours(origin, 6)));
  if (fine && fine.distanceMeters <= guaranteedNearestRadius(origin, 6)) return fine;
  return nearestOf(origin, await communityPointsInCells(cellAndNeighbours(origin, 5)));
}
