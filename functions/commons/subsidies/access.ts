import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { getApplication, type SubsidyApplicationRow } from '#adapters/dynamo/subsidies';
import { AppError } from '../errors';

/**
 * Who may see an application: the applicant, and staff whose division covers its community (the three reviewing
 * levels and those above them). Nobody else learns more than that it is not theirs.
 */
export async function requireApplication(applicationId: string): Promise<SubsidyApplicationRow> {
  const row = await getApplication(applicationId);
  if (!row) throw new AppError('SUBSIDY_APPLICATION_NOT_FOUND');
  return row;
}

export const isOwner = (row: SubsidyApplicationRow, principal: Principal) => row.userId === principal.userId;

/** The applicant's own actions (documents, submission). */
export function assertOwner(row: SubsidyApplicationRow, principal: Principal): void {
  if (!isOwner(row, principal)) throw new AppError('SUBSIDY_NOT_YOURS');
}

/** Staff acting on an application must cover its community. */
export function assertStaffCovers(row: SubsidyApplicationRow, principal: Principal): void {
  if (!staffCovers(principal, row.communityCode)) throw new AppError('OUT_OF_SCOPE');
}

/** Reading: the owner, or staff in scope; other staff are out of scope, other applicants are told it is not theirs. */
export function assertCanRead(row: SubsidyApplicationRow, principal: Principal): void {
  if (isOwner(row, principal)) return;
  if (principal.role === 'staff') return assertStaffCovers(row, principal);
  throw new AppError('SUBSIDY_NOT_YOURS');
}

/** 名额核查 and 作废 are acts of the level that approves (区市审批) and of the city above it. */
export function assertClaimsDesk(principal: Principal): void {
  const level = principal.staff?.level;
  if (level !== 'district' && level !== 'city') throw new AppError('CLAIMS_DISTRICT_ONLY');
}
