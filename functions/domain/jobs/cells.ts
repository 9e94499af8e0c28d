import ngeohash from 'ngeohash';
import type { LatLng } from '../divisions/geo';
import { distanceMeters } from '../divisions/geo';

/**
 * The geohash cells that cover a circle, nearest first. Walking circles use ~1.2 km × 0.6 km cells (precision 6);
 * wider circles use ~4.9 km cells (precision 5), so a 5 km circle is about a dozen queries rather than hundreds.
 */
export const FINE_PRECISION = 6;
export const COARSE_PRECISION = 5;
export const FINE_CELLS_UP_TO_METERS = 2000;

export interface CoveringCell {
  cell: string;
  /** Closest any point of the cell can be to the centre: nothing in it can be nearer. */
  minDistanceMeters: number;
}

const METERS_PER_DEGREE = 111_320;

export function coveringCells(centre: LatLng, radiusMeters: number): CoveringCell[] {
  const precision = radiusMeters <= FINE_CELLS_UP_TO_METERS ? FINE_PRECISION : COARSE_PRECISION;
  const dLat = radiusMeters / METERS_PER_DEGREE;
  const dLng = radiusMeters / (METERS_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  const cells = ngeohash.bboxes(centre.lat - dLat, centre.lng - dLng, centre.lat + dLat, centre.lng + dLng, precision);
  return cells
    .map((cell) => {
      const [minLat, minLng, maxLat, maxLng] = ngeohash.decode_bbox(cell);
      const closest = { lat: clamp(centre.lat, minLat, maxLat), lng: clamp(centre.lng, minLng, maxLng) };
      return { cell, minDistanceMeters: distanceMeters(centre, closest) };
    })
    .filter((c) => c.minDistanceMeters <= radiusMeters)
    .sort((a, b) => a.minDistanceMeters - b.minDistanceMeters || a.cell.localeCompare(b.cell));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
