import { distanceMeters, type LatLng } from './geo';

/** The closest candidate and its distance, or undefined when there are none. */
export function nearestOf<T extends LatLng>(origin: LatLng, candidates: T[]): { item: T; distanceMeters: number } | undefined {
  let best: { item: T; distanceMeters: number } | undefined;
  for (const item of candidates) {
    const d = distanceMeters(origin, item);
    if (!best || d < best.distanceMeters) best = { item, distanceMeters: d };
  }
  return best;
}
