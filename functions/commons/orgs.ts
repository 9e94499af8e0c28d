import { LICENCE_CONTENT_TYPES, LICENCE_MAX_BYTES, type StaffOrg } from '@contract';
import { getOrg, type OrgRow } from '#adapters/dynamo/orgs';
import { downloadUrl, uploadedObject } from '#adapters/s3/uploads';
import { countAll } from '#adapters/dynamo/query-all';
import { keys } from '#adapters/dynamo/keys';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { orgView } from '#domain/orgs/org-view';
import { tableName } from './config';
import { AppError } from './errors';
import { decryptPii } from './pii';

export const orgResponse = (org: OrgRow) => orgView({ ...org, contactPhone: decryptPii(org.contactPhoneEnc) });

/** Licences are uploaded under the uploader's own prefix; a key from someone else's prefix or never uploaded is refused. */
export const licencePrefix = (userId: string) => `licences/${userId}/`;

export async function checkLicenceUpload(key: string, userId: string): Promise<void> {
  const object = key.startsWith(licencePrefix(userId)) ? await uploadedObject(key) : undefined;
  const acceptable = !!object && object.size > 0 && object.size <= LICENCE_MAX_BYTES && (LICENCE_CONTENT_TYPES as readonly string[]).includes(object.contentType);
  if (!acceptable) throw new AppError('LICENCE_NOT_UPLOADED');
}

/** An organisation in the calling staff member's division; others' are 403 whether or not they exist nearby. */
export async function orgInStaffScope(orgId: string, principal: Principal): Promise<OrgRow> {
  const org = await getOrg(orgId);
  if (!org) throw new AppError('ORG_NOT_FOUND');
  if (!staffCovers(principal, org.communityCode)) throw new AppError('OUT_OF_SCOPE');
  return org;
}

/** What staff see when verifying: the licence through a short-lived link, and how many postings the org has made. */
export async function staffOrgResponse(org: OrgRow): Promise<StaffOrg> {
  const [licenceUrl, jobCount] = await Promise.all([
    org.licenceKey ? downloadUrl(org.licenceKey) : Promise.resolve(null),
    countAll({ TableName: tableName(), IndexName: 'GSI4', KeyConditionExpression: 'GSI4PK = :pk', ExpressionAttributeValues: { ':pk': keys.jobsOfOrg(org.id) } }),
  ]);
  return { ...orgResponse(org), licenceUrl, jobCount };
}
