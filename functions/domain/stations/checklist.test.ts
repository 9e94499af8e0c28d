import { STATION_PHOTO_MAX_BYTES, STATION_STANDARDS } from '@contract';
import {
  allSixMet,
  emptyStation,
  isAcceptablePhoto,
  isStationPhotoKey,
  metWithoutPhotos,
  nextStation,
  normaliseStandards,
  photoKeysOf,
  stationPhotoKey,
  type StationStandardRow,
} from './checklist';

const CODE = '371002002001';
const ULID = '01JDX8Z6W5T1Q9K3M7N2P4R6S8';
const all = (met: boolean): StationStandardRow[] => STATION_STANDARDS.map((standard) => ({ standard, met, note: '', photoKeys: met ? [stationPhotoKey(CODE, ULID, 'image/jpeg')] : [] }));

describe('「六有」 checklist (威就办〔2023〕9号 二)', () => {
  it('lists the six standards in the policy order, filling what a stored item lacks as not met', () => {
    const rows = normaliseStandards([{ standard: '宣传专栏', met: true, note: '一楼大厅', photoKeys: [] }, { standard: '标识', met: true }]);
    expect(rows.map((r) => r.standard)).toEqual([...STATION_STANDARDS]);
    expect(rows[0]).toEqual({ standard: '标识', met: true, note: '', photoKeys: [] });
    expect(rows[4]).toEqual({ standard: '宣传专栏', met: true, note: '一楼大厅', photoKeys: [] });
    expect(rows.filter((r) => r.met)).toHaveLength(2);
  });

  it('counts a station as meeting 「六有」 only when all six are met', () => {
    expect(allSixMet(all(true))).toBe(true);
    const five = all(true).map((s, i) => (i === 5 ? { ...s, met: false } : s));
    expect(allSixMet(five)).toBe(false);
    expect(allSixMet(all(true).slice(0, 5))).toBe(false);
  });

  it('starts a community with no checklist at version 0, and each save moves the version on by one', () => {
    const empty = emptyStation(CODE);
    expect(empty).toMatchObject({ version: 0, metCount: 0, allMet: false, updatedAt: null });
    const saved = nextStation(CODE, all(true).reverse(), empty.version, '2026-11-23T00:00:00.000Z', '赵敏');
    expect(saved).toMatchObject({ version: 1, metCount: 6, allMet: true, updatedBy: '赵敏' });
    expect(saved.standards.map((s) => s.standard)).toEqual([...STATION_STANDARDS]);
  });

  it('accepts only photo keys of the form the upload ticket hands out, under the community itself', () => {
    expect(isStationPhotoKey(CODE, stationPhotoKey(CODE, ULID, 'image/png'))).toBe(true);
    expect(isStationPhotoKey('371002002002', stationPhotoKey(CODE, ULID, 'image/png'))).toBe(false);
    expect(isStationPhotoKey(CODE, `stations/${CODE}/../371002002002/${ULID}.jpg`)).toBe(false);
    expect(isStationPhotoKey(CODE, `stations/${CODE}/${ULID}.pdf`)).toBe(false);
    expect(isStationPhotoKey(CODE, `licences/u1/${ULID}.jpg`)).toBe(false);
  });

  it('accepts an uploaded photo only as JPG or PNG of 1 byte to 5 MB', () => {
    expect(isAcceptablePhoto({ size: 1, contentType: 'image/jpeg' })).toBe(true);
    expect(isAcceptablePhoto({ size: STATION_PHOTO_MAX_BYTES, contentType: 'image/png' })).toBe(true);
    expect(isAcceptablePhoto({ size: STATION_PHOTO_MAX_BYTES + 1, contentType: 'image/png' })).toBe(false);
    expect(isAcceptablePhoto({ size: 0, contentType: 'image/png' })).toBe(false);
    expect(isAcceptablePhoto({ size: 10, contentType: 'application/pdf' })).toBe(false);
    expect(isAcceptablePhoto(undefined)).toBe(false);
  });

  it('checks each photo once and names met standards without evidence (seeded checklists)', () => {
    const rows = all(true);
    expect(photoKeysOf(rows)).toHaveLength(1);
    const seeded = normaliseStandards([{ standard: '标识', met: true, note: '', photoKeys: [] }]);
    expect(metWithoutPhotos(seeded)).toEqual(['标识']);
  });
});
