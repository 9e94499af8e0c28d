import type { Principal } from '#domain/auth/principal';
import { isValidCreditCode } from '#domain/orgs/credit-code';
import { getCommunity } from '#adapters/dynamo/divisions';
import { getOrg, type OrgRow } from '#adapters/dynamo/orgs';
import { getUser, type UserRow } from '#adapters/dynamo/users';
import { AppError } from '../errors';

/**
 * Who is applying, read from the account rather than the session (a resident who has since registered an
 * organisation applies as its employer), and where the application goes for review.
 */
export interface Applicant {
  user: UserRow;
  role: 'resident' | 'employer';
  org: OrgRow | null;
}

export async function loadApplicant(principal: Principal): Promise<Applicant> {
  const user = await getUser(principal.userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const role = user.role === 'employer' ? 'employer' : 'resident';
  const org = role === 'employer' && user.orgId ? ((await getOrg(user.orgId)) ?? null) : null;
  return { user, role, org };
}

/** An employer account acts for its registered organisation; without one there is nothing to apply for. */
export function requireOrg(applicant: Applicant): OrgRow {
  if (!applicant.org) throw new AppError('ORG_REQUIRED');
  return applicant.org;
}

/** Residents are served by their home community, employers by their organisation's (its staff know the business). */
export async function routingCommunity(applicant: Applicant): Promise<string> {
  if (applicant.role === 'employer') return requireOrg(applicant).communityCode;
  const home = applicant.user.homeCommunityCode;
  if (!home) throw new AppError('HOME_COMMUNITY_REQUIRED', '请先在「我的」里选择您所在的社区，申请会交给社区初审');
  if (!(await getCommunity(home))) throw new AppError('COMMUNITY_NOT_FOUND');
  return home;
}

/** GB 32100 check character, and for an employer account the code of its own organisation only. */
export function checkedCreditCode(applicant: Applicant, creditCode: string, field: string): string {
  if (!isValidCreditCode(creditCode)) {
    throw new AppError('CREDIT_CODE_INVALID', undefined, [{ field, message: '最后一位校验码不对，请核对营业执照' }]);
  }
  if (applicant.role === 'employer' && requireOrg(applicant).creditCode !== creditCode) throw new AppError('SUBSIDY_ORG_MISMATCH');
  return creditCode;
}
