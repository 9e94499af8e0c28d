import type { RouteResponse } from '@contract';
import { getCommunity, type CommunityRow } from '#adapters/dynamo/divisions';
import { getUser } from '#adapters/dynamo/users';
import { downloadUrl, uploadedObject } from '#adapters/s3/uploads';
import { isAcceptablePhoto, isStationPhotoKey, labelOf, photoKeysOf, type StationRow, type StationStandardRow } from '#domain/stations/checklist';
import { AppError } from './errors';

/** The route's staffScopeParam has already checked scope; an unknown community is a 404 for everyone. */
export async function requireCommunity(code: string): Promise<CommunityRow> {
  const community = await getCommunity(code);
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  return community;
}

/** The checklist with a 15-minute link per photo (links are signed locally, no S3 call per photo). */
export async function stationResponse(row: StationRow, communityName: string): Promise<RouteResponse<'getStation'>> {
  const standards = await Promise.all(
    row.standards.map(async (s) => ({
      standard: s.standard,
      label: labelOf(s.standard),
      met: s.met,
      note: s.note,
      photos: await Promise.all(s.photoKeys.map(async (key) => ({ key, url: await downloadUrl(key).catch(() => null) }))),
    })),
  );
  return { communityCode: row.communityCode, communityName, standards, metCount: row.metCount, allMet: row.allMet, updatedAt: row.updatedAt, updatedBy: row.updatedBy, version: row.version };
}

/**
 * Every photo named in a save must be one this community's tickets handed out and must really be in S3 with the
 * type and size the ticket allowed (HeadObject), else 400 PHOTO_NOT_UPLOADED naming the standards concerned.
 */
export async function checkStationPhotos(communityCode: string, standards: readonly StationStandardRow[]): Promise<void> {
  const keys = photoKeysOf(standards);
  const ok = await Promise.all(keys.map(async (key) => isStationPhotoKey(communityCode, key) && isAcceptablePhoto(await uploadedObject(key))));
  const bad = new Set(keys.filter((_, i) => !ok[i]));
  if (bad.size === 0) return;
  const where = standards.filter((s) => s.photoKeys.some((k) => bad.has(k))).map((s) => labelOf(s.standard));
  throw new AppError('PHOTO_NOT_UPLOADED', `「${where.join('、')}」有照片没有上传成功，请重新上传`, [...bad].map((key) => ({ field: 'body.standards', message: key })));
}

/** Who saved, as staff see it in the checklist's footer: the name, else the account id. */
export async function staffName(userId: string): Promise<string> {
  return (await getUser(userId))?.name ?? userId;
}
