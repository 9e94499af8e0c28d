import { communityPointsInCells, getCommunity } from '#adapters/dynamo/divisions';
import { getUser } from '#adapters/dynamo/users';
import type { Principal } from '#domain/auth/principal';
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

/** Where a resident's distances are measured from when no position is given: their home community. */
export async function homePoint(principal: Principal | undefined): Promise<(LatLng & { communityCode: string }) | undefined> {
  if (principal?.role !== 'resident') return undefined;
  const code = (await getUser(principal.userId))?.homeCommunityCode;
  const community = code ? await getCommunity(code) : undefined;
  return community ? { lat: community.lat, lng: community.lng, communityCode: community.code } : undefined;
}

export interface ViewerCentre {
  origin: LatLng;
  source: 'location' | 'home';
  /** The district whose listings (fairs, trainings) are near; undefined outside Weihai. */
  districtCode: string | undefined;
}

/** The given position, else the signed-in resident's home community; undefined when there is neither. */
export async function viewerCentre(given: LatLng | undefined, principal: Principal | undefined): Promise<ViewerCentre | undefined> {
  if (given) return { origin: given, source: 'location', districtCode: (await nearestCommunityTo(given))?.item.code.slice(0, 6) };
  const home = await homePoint(principal);
  return home ? { origin: home, source: 'home', districtCode: home.communityCode.slice(0, 6) } : undefined;
}
