import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { encryptPii } from '#commons/pii';
import { checkLicenceUpload, orgResponse } from '#commons/orgs';
import { sessionFor } from '#commons/session';
import { getCommunity } from '#adapters/dynamo/divisions';
import { createOrg, hasActiveBookings, replaceOrg } from '#adapters/dynamo/org-writes';
import { getOrg, type OrgRow } from '#adapters/dynamo/orgs';
import { setBadgeOnJobsOfOrg } from '#adapters/dynamo/postings';
import { getUser } from '#adapters/dynamo/users';
import { isValidCreditCode } from '#domain/orgs/credit-code';
import { needsReverification } from '#domain/orgs/org-view';

/**
 * 用工单位登记. The first registration turns the account into the organisation's employer account (and answers
 * with a new session carrying the org); later ones edit it. Only verified organisations publish (鲁就办〔2023〕13号
 * 三、15 asks for a trustworthy 零工市场), so a change of name, credit code, type or community is verified again.
 */
export const handler = httpHandler('registerOrg', async ({ body, principal }) => {
  if (!isValidCreditCode(body.creditCode)) {
    throw new AppError('CREDIT_CODE_INVALID', undefined, [{ field: 'body.creditCode', message: '最后一位校验码不对，请核对营业执照' }]);
  }
  const [user, community] = await Promise.all([getUser(principal.userId), getCommunity(body.communityCode)]);
  if (!user) throw new AppError('USER_NOT_FOUND');
  if (!community) throw new AppError('COMMUNITY_NOT_FOUND');
  if (body.licenceKey) await checkLicenceUpload(body.licenceKey, user.id);
  const now = new Date().toISOString();
  const fields = {
    name: body.name, type: body.type, creditCode: body.creditCode, communityCode: community.code, streetCode: community.streetCode,
    districtCode: community.districtCode, lat: community.lat, lng: community.lng, address: body.address, contactName: body.contactName,
    contactPhoneEnc: encryptPii(body.contactPhone), headcount: body.headcount, conditions: body.conditions, updatedAt: now,
  };

  if (!user.orgId) {
    if (user.role === 'resident' && (await hasActiveBookings(user.id))) throw new AppError('ROLE_SWITCH_BLOCKED');
    const org: OrgRow = {
      id: ulid(), ...fields, status: 'pending', rejectReason: null, licenceKey: body.licenceKey, ownerUserId: user.id,
      confirmedReports: 0, submittedAt: now, reviewedAt: null, reviewedBy: null, createdAt: now,
    };
    await createOrg(org, user.id);
    const owner = await getUser(user.id);
    return { org: orgResponse(org), session: await sessionFor(owner!) };
  }

  const before = await getOrg(user.orgId);
  if (!before) throw new AppError('ORG_NOT_FOUND');
  // A new licence photo is new evidence: staff look at it before the badge carries on.
  const newLicence = !!body.licenceKey && body.licenceKey !== before.licenceKey;
  const again = before.status !== 'verified' || needsReverification(before, fields) || newLicence;
  const after: OrgRow = {
    ...before, ...fields,
    licenceKey: body.licenceKey ?? before.licenceKey ?? null,
    ...(again ? { status: 'pending' as const, rejectReason: null, submittedAt: before.status === 'pending' ? before.submittedAt : now } : {}),
  };
  await replaceOrg(before, after);
  if (before.status === 'verified' && after.status === 'pending') await setBadgeOnJobsOfOrg(before.id, false, now);
  return { org: orgResponse(after), session: null };
});
