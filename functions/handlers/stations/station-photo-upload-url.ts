import { ulid } from 'ulid';
import { STATION_PHOTO_MAX_BYTES } from '@contract';
import { httpHandler } from '#commons/http';
import { requireCommunity } from '#commons/stations';
import { uploadTicket } from '#adapters/s3/uploads';
import { stationPhotoKey } from '#domain/stations/checklist';

/** The phone posts the photo straight to S3 under the community's prefix; the policy holds it to the type and 5 MB. */
export const handler = httpHandler('stationPhotoUploadUrl', async ({ params, body }) => {
  const community = await requireCommunity(params.communityCode);
  return uploadTicket(stationPhotoKey(community.code, ulid(), body.contentType), body.contentType, STATION_PHOTO_MAX_BYTES);
});
