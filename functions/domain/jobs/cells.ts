import ngeohash from 'ngeohash';
import type { LatLng } from '../divisions/geo';
import { distanceMeters } from '../divisions/geo';

/**
 * Geohash cells for the feed. Jobs are indexed under two grids — ~1.2 km × 0.6 km cells (precision 6) for walking
 * circles and ~4.9 km cells (precision 5) for wider ones — with a sort key that starts with the job's precision-9
 * geohash, so any finer cell inside a partition is a begins_with range.
 */
export const FINE_PRECISION = 6;
export const COARSE_PRECISION = 5;
export const FINE_CELLS_UP_TO_METERS = 2000;
/** Finest cell the search splits down to (~4.8 m): past this a cell is read whole. */
export const FINEST_PRECISION = 9;

export interface CoveringCell {
  cell: string;
  /** Closest any point of the cell can be to the centre: nothing in it can be nearer. */
  minDistanceMeters: number;
}

const METERS_PER_DEGREE = 111_320;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function gridPrecisionFor(radiusMeters: number): number {
  return radiusMeters <= FINE_CELLS_UP_TO_METERS ? FINE_PRECISION : COARSE_PRECISION;
}

export function minDistanceToCell(centre: LatLng, cell: string): number {
  const [minLat, minLng, maxLat, maxLng] = ngeohash.decode_bbox(cell);
  return distanceMeters(centre, { lat: clamp(centre.lat, minLat, maxLat), lng: clamp(centre.lng, minLng, maxLng) });
}

const nearestFirst = (a: CoveringCell, b: CoveringCell) => a.minDistanceMeters - b.minDistanceMeters || (a.cell < b.cell ? -1 : 1);

/** The grid cells that cover a circle, nearest first. */
export function coveringCells(centre: LatLng, radiusMeters: number): CoveringCell[] {
  const dLat = radiusMeters / METERS_PER_DEGREE;
  const dLng = radiusMeters / (METERS_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  return ngeohash
    .bboxes(centre.lat - dLat, centre.lng - dLng, centre.lat + dLat, centre.lng + dLng, gridPrecisionFor(radiusMeters))
    .map((cell) => ({ cell, minDistanceMeters: minDistanceToCell(centre, cell) }))
    .filter((c) => c.minDistanceMeters <= radiusMeters)
    .sort(nearestFirst);
}

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** The 32 sub-cells of a cell that reach into the circle, nearest first. */
export function childCells(centre: LatLng, radiusMeters: number, cell: string): CoveringCell[] {
  return BASE32.split('')
    .map((c) => ({ cell: cell + c, minDistanceMeters: minDistanceToCell(centre, cell + c) }))
    .filter((c) => c.minDistanceMeters <= radiusMeters)
    .sort(nearestFirst);
}
