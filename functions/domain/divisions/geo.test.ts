import fc from 'fast-check';
import { cellAndNeighbours, cellOf, distanceMeters, guaranteedNearestRadius } from './geo';
import { serviceCircleFor, walkMinutes } from './service-circle';

describe('distanceMeters', () => {
  it('measures a known distance within 1%', () => {
    // 环翠区 seat to 乳山市 seat is about 73 km as the crow flies
    const d = distanceMeters({ lat: 37.5, lng: 122.12 }, { lat: 36.92, lng: 121.54 });
    expect(d).toBeGreaterThan(80_000);
    expect(d).toBeLessThan(83_000);
  });
  it('is symmetric and zero on the same point', () => {
    fc.assert(
      fc.property(fc.double({ min: 36, max: 38, noNaN: true }), fc.double({ min: 121, max: 123, noNaN: true }), fc.double({ min: 36, max: 38, noNaN: true }), fc.double({ min: 121, max: 123, noNaN: true }), (lat1, lng1, lat2, lng2) => {
        const a = { lat: lat1, lng: lng1 };
        const b = { lat: lat2, lng: lng2 };
        expect(Math.abs(distanceMeters(a, b) - distanceMeters(b, a))).toBeLessThan(1e-6);
        expect(distanceMeters(a, a)).toBe(0);
      }),
    );
  });
});

describe('near cells', () => {
  it('returns the centre cell and 8 distinct neighbours', () => {
    const cells = cellAndNeighbours({ lat: 37.5, lng: 122.12 });
    expect(cells).toHaveLength(9);
    expect(new Set(cells).size).toBe(9);
    expect(cells[0]).toBe(cellOf({ lat: 37.5, lng: 122.12 }));
  });
  it('any point within the guaranteed radius lies in one of the 9 cells', () => {
    fc.assert(
      fc.property(fc.double({ min: 36.8, max: 37.6, noNaN: true }), fc.double({ min: 121.5, max: 122.6, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (lat, lng, angle, fraction) => {
        const origin = { lat, lng };
        const r = guaranteedNearestRadius(origin) * fraction;
        const other = {
          lat: lat + (r * Math.cos(angle)) / 111_320,
          lng: lng + (r * Math.sin(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180)),
        };
        expect(cellAndNeighbours(origin)).toContain(cellOf(other));
      }),
    );
  });
});

describe('service circle (威就办〔2023〕9号 前言)', () => {
  it('urban communities serve a 15-minute walk, rural ones 5 km', () => {
    expect(serviceCircleFor('urban')).toMatchObject({ mode: 'walk', walkMinutes: 15, radiusMeters: 1200, label: '步行 15 分钟' });
    expect(serviceCircleFor('rural')).toMatchObject({ mode: 'distance', radiusMeters: 5000, label: '5 公里' });
  });
  it('turns distance into whole walking minutes, at least one', () => {
    expect(walkMinutes(0)).toBe(1);
    expect(walkMinutes(1200)).toBe(15);
    expect(walkMinutes(650)).toBe(8);
  });
});
