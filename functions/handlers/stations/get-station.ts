import { httpHandler } from '#commons/http';
import { requireCommunity, stationResponse } from '#commons/stations';
import { getStation } from '#adapters/dynamo/stations';
import { emptyStation } from '#domain/stations/checklist';

/** 「六有」自查表 (#70); a community that never filled it gets six unmet standards at version 0. */
export const handler = httpHandler('getStation', async ({ params }) => {
  const [community, row] = await Promise.all([requireCommunity(params.communityCode), getStation(params.communityCode)]);
  return stationResponse(row ?? emptyStation(community.code), community.name);
});
