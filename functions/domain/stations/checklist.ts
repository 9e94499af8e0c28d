import { STATION_PHOTO_CONTENT_TYPES, STATION_PHOTO_MAX_BYTES, STATION_STANDARD_LABEL, STATION_STANDARDS, type StationStandard } from '@contract';

/**
 * 「六有标准」 of a community employment service station (威就办〔2023〕9号 二): 有标识, 有专兼职服务人员, 有规范管理制度和
 * 服务流程, 有便捷电子设备, 有宣传专栏, 有就业创业活动场所 — the city's target is ≥ 90% of communities meeting all six
 * by 2025. Each standard is recorded with a note and photo evidence; the stream aggregator counts a station meeting
 * all six from `standards[].met` on the stored item (MODEL.md #69, #70).
 */
export interface StationStandardRow {
  standard: StationStandard;
  met: boolean;
  note: string;
  /** S3 keys under `stations/<communityCode>/`; seeded checklists have none (no objects exist in a seeded bucket). */
  photoKeys: string[];
}

/** `STATION#<communityCode>` / `STATION` as stored. */
export interface StationRow {
  communityCode: string;
  standards: StationStandardRow[];
  metCount: number;
  allMet: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The six standards, always in the policy's order, filling any the stored item lacks as not met. */
export function normaliseStandards(stored: readonly Partial<StationStandardRow>[] = []): StationStandardRow[] {
  return STATION_STANDARDS.map((standard) => {
    const found = stored.find((s) => s.standard === standard);
    return { standard, met: found?.met === true, note: found?.note ?? '', photoKeys: [...(found?.photoKeys ?? [])] };
  });
}

export const metCountOf = (standards: readonly Pick<StationStandardRow, 'met'>[]) => standards.filter((s) => s.met).length;

/** 「六有」 means all six: five out of six is not a station meeting the standard. */
export const allSixMet = (standards: readonly Pick<StationStandardRow, 'met'>[]) =>
  standards.length === STATION_STANDARDS.length && standards.every((s) => s.met);

/** A community that has never filled the checklist: six unmet standards at version 0 (the first PUT creates it). */
export function emptyStation(communityCode: string): StationRow {
  const standards = normaliseStandards();
  return { communityCode, standards, metCount: 0, allMet: false, version: 0, updatedAt: null, updatedBy: null };
}

/** The next stored checklist after a PUT; `version` is the one the caller read. */
export function nextStation(communityCode: string, standards: readonly StationStandardRow[], readVersion: number, now: string, by: string): StationRow {
  const ordered = normaliseStandards(standards);
  return { communityCode, standards: ordered, metCount: metCountOf(ordered), allMet: allSixMet(ordered), version: readVersion + 1, updatedAt: now, updatedBy: by };
}

export const labelOf = (standard: StationStandard) => STATION_STANDARD_LABEL[standard];

/** Photos live only under the community's own prefix, so one station's evidence can never be claimed by another. */
export const stationPhotoPrefix = (communityCode: string) => `stations/${communityCode}/`;

const EXTENSION: Record<(typeof STATION_PHOTO_CONTENT_TYPES)[number], string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

export const stationPhotoKey = (communityCode: string, photoId: string, contentType: (typeof STATION_PHOTO_CONTENT_TYPES)[number]) =>
  `${stationPhotoPrefix(communityCode)}${photoId}.${EXTENSION[contentType]}`;

/** The exact shape the upload ticket hands out (`<ulid>.<jpg|png>`), so no `..` or nested path passes. */
export function isStationPhotoKey(communityCode: string, key: string): boolean {
  const prefix = stationPhotoPrefix(communityCode);
  return key.startsWith(prefix) && /^[0-9A-HJKMNP-TV-Z]{26}\.(jpg|png)$/.test(key.slice(prefix.length));
}

/** What S3 says about an uploaded object must match what the ticket allowed: a JPG or PNG of 1 byte to 5 MB. */
export function isAcceptablePhoto(object: { size: number; contentType: string } | undefined): boolean {
  return (
    !!object &&
    object.size > 0 &&
    object.size <= STATION_PHOTO_MAX_BYTES &&
    (STATION_PHOTO_CONTENT_TYPES as readonly string[]).includes(object.contentType)
  );
}

/** Every distinct photo key of a PUT, to check once each. */
export const photoKeysOf = (standards: readonly Pick<StationStandardRow, 'photoKeys'>[]) => [...new Set(standards.flatMap((s) => s.photoKeys))];

/** Met standards without evidence; the contract refuses these on PUT, seeded checklists may still have them. */
export const metWithoutPhotos = (standards: readonly StationStandardRow[]) => standards.filter((s) => s.met && s.photoKeys.length === 0).map((s) => s.standard);
