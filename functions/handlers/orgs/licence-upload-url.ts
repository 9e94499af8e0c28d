import { ulid } from 'ulid';
import { LICENCE_MAX_BYTES } from '@contract';
import { httpHandler } from '#commons/http';
import { licencePrefix } from '#commons/orgs';
import { uploadTicket } from '#adapters/s3/uploads';

const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' } as const;

/** The phone posts the photo straight to S3 under the caller's own prefix; the policy holds it to the declared type and 5 MB. */
export const handler = httpHandler('licenceUploadUrl', async ({ body, principal }) => {
  const key = `${licencePrefix(principal.userId)}${ulid()}.${EXTENSION[body.contentType]}`;
  return uploadTicket(key, body.contentType, LICENCE_MAX_BYTES);
});
