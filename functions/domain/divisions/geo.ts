import ngeohash from 'ngeohash';

const EARTH_RADIUS_METERS = 6_371_000;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance; at a city's scale the error against a road network is far larger than the formula's. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Geohash precision used for "near me" partitions: a 5-character cell is about 4.9 km × 4.9 km
 * (≈3.9 km wide at Weihai's latitude), so a cell and its 8 neighbours cover every point within one cell width.
 */
export const NEAR_CELL_PRECISION = 5;

export function cellOf(point: LatLng, precision = NEAR_CELL_PRECISION): string {
  return ngeohash.encode(point.lat, point.lng, precision);
}

export function cellAndNeighbours(point: LatLng, precision = NEAR_CELL_PRECISION): string[] {
  const centre = cellOf(point, precision);
  return [centre, ...ngeohash.neighbors(centre)];
}

/** The distance within which a hit from the 9 cells is certainly the nearest overall. */
export function guaranteedNearestRadius(point: LatLng, precision = NEAR_CELL_PRECISION): number {
  const [minLat, minLng, maxLat, maxLng] = ngeohash.decode_bbox(cellOf(point, precision));
  const height = distanceMeters({ lat: minLat, lng: minLng }, { lat: maxLat, lng: minLng });
  const width = distanceMeters({ lat: point.lat, lng: minLng }, { lat: point.lat, lng: maxLng });
  return Math.min(height, width);
}
