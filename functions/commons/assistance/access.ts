import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { getPerson, type AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { AppError } from '../errors';

/**
 * Staff scope on the ledger (威就办〔2023〕9号 四、1): 社区 staff their own community, each level above everything
 * beneath it. Someone else's person is 403 OUT_OF_SCOPE, as for every other staff record.
 */
export function assertCovers(principal: Principal, communityCode: string): void {
  if (!staffCovers(principal, communityCode)) throw new AppError('OUT_OF_SCOPE');
}

export async function requirePerson(personId: string, principal: Principal): Promise<AssistedPersonRow> {
  const row = await getPerson(personId);
  if (!row) throw new AppError('ASSISTED_PERSON_NOT_FOUND');
  assertCovers(principal, row.communityCode);
  return row;
}

/** The division a list reads: the one asked for if the viewer covers it, else the viewer's own. */
export function divisionFor(principal: Principal, asked: string | undefined): string {
  const own = principal.staff!.divisionCode;
  if (!asked) return own;
  if (!staffCovers(principal, asked)) throw new AppError('OUT_OF_SCOPE');
  return asked;
}

/**
 * The division of a list read whole (the 待办 ranking, the export): at most a district. The city's ledger (tens of
 * thousands of people) is too long for one request, so city staff pick a district first.
 */
export function wholeListDivision(principal: Principal, asked: string | undefined): string {
  const division = divisionFor(principal, asked);
  if (division.length < 6) throw new AppError('DIVISION_TOO_WIDE');
  return division;
}
