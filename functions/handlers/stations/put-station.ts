import { AppError } from '#commons/errors';
import { httpHandler } from '#commons/http';
import { checkStationPhotos, requireCommunity, staffName, stationResponse } from '#commons/stations';
import { saveStation } from '#adapters/dynamo/stations';
import { nextStation } from '#domain/stations/checklist';

/**
 * 填报「六有」 (#70): the whole checklist at once, conditional on the version the form was loaded at, so two staff
 * editing the same station never overwrite each other silently (409 STATION_CHANGED). Met items need photo evidence
 * (the contract refuses a met item without photos), and every photo must really be in S3.
 */
export const handler = httpHandler('putStation', async ({ params, body, principal }) => {
  const community = await requireCommunity(params.communityCode);
  await checkStationPhotos(community.code, body.standards);
  const row = nextStation(community.code, body.standards, body.expectedVersion, new Date().toISOString(), await staffName(principal.userId));
  if (!(await saveStation(row, body.expectedVersion))) throw new AppError('STATION_CHANGED');
  return stationResponse(row, community.name);
});
