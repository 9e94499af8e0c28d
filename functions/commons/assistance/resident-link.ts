import { linkedPersonId, type AssistedPersonRow } from '#adapters/dynamo/assisted-persons';
import { consentAttribute, getUser, getUsers, listResidentsOfCommunity, type UserRow } from '#adapters/dynamo/users';
import { readablePii } from '../pii';
import type { LinkedResident } from './person-view';

/**
 * Linking a ledger entry to a resident account (MODEL.md #64). Assisted categories are sensitive personal information,
 * so a link exists only while the resident has granted that consent: it is checked when the link is made and again
 * at every use (view, automatic records, inbox notes), so a withdrawal takes effect at once without a cleanup write.
 *
 * Users have no phone index (phones are stored as ciphertext with a random IV, not as a lookup hash), so the resident
 * is looked for among the residents of the person's own community (GSI1 `HOME#<community>`), comparing decrypted
 * phones in memory. A resident registered under another community is not found; staff can correct the community.
 */
const SENSITIVE = consentAttribute('sensitive-personal-info');

export const consents = (user: UserRow | undefined): user is UserRow => !!user && !!(user as unknown as Record<string, unknown>)[SENSITIVE];

export async function findConsentingResident(phone: string, communityCode: string): Promise<UserRow | undefined> {
  let cursor: string | undefined;
  do {
    const page = await listResidentsOfCommunity(communityCode, 200, cursor);
    for (const user of page.rows) {
      if (user.role === 'resident' && readablePii(user.phoneEnc) === phone) return consents(user) ? user : undefined;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}

/**
 * Who to link when an entry is saved with 关联 ticked and a phone: the consenting resident of that phone in the
 * person's community who is not already linked to another entry (one resident, one entry). Null when there is none.
 */
export async function residentToLink(row: AssistedPersonRow, phone: string | null, wanted: boolean): Promise<string | null> {
  if (!wanted || !phone) return null;
  const user = await findConsentingResident(phone, row.communityCode);
  if (!user) return null;
  const current = await linkedPersonId(user.id);
  return !current || current === row.id ? user.id : null;
}

/** The consenting linked resident of each row (by person id), in one batch read. */
export async function linkedResidents(rows: readonly AssistedPersonRow[]): Promise<Map<string, LinkedResident>> {
  const ids = rows.map((row) => row.linkedUserId).filter((id): id is string => !!id);
  const users = ids.length ? await getUsers(ids) : new Map<string, UserRow>();
  return new Map(
    rows.map((row) => {
      const user = row.linkedUserId ? users.get(row.linkedUserId) : undefined;
      return [row.id, consents(user) ? { userId: user.id, name: user.name } : null];
    }),
  );
}

/** The linked resident of one entry, if they still consent. */
export async function linkedResident(row: AssistedPersonRow): Promise<LinkedResident> {
  if (!row.linkedUserId) return null;
  const user = await getUser(row.linkedUserId);
  return consents(user) ? { userId: user.id, name: user.name } : null;
}
