import type { Me, Session } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { meView } from '#domain/users/me-view';
import { getOrg } from '#adapters/dynamo/orgs';
import type { UserRow } from '#adapters/dynamo/users';
import { issueSessionToken } from './auth';
import { decryptPii } from './pii';

export function principalOf(user: UserRow): Principal {
  return {
    userId: user.id,
    role: user.role,
    ...(user.role === 'staff' && user.staffLevel && user.staffDivisionCode
      ? { staff: { level: user.staffLevel, divisionCode: user.staffDivisionCode } }
      : {}),
    ...(user.role === 'employer' && user.orgId ? { orgId: user.orgId } : {}),
  };
}

export async function meOf(user: UserRow): Promise<Me> {
  const org = user.role === 'employer' && user.orgId ? await getOrg(user.orgId) : undefined;
  return meView({
    id: user.id,
    role: user.role,
    name: user.name,
    phone: user.phoneEnc ? decryptPii(user.phoneEnc) : undefined,
    homeCommunityCode: user.homeCommunityCode,
    staffLevel: user.staffLevel,
    staffDivisionCode: user.staffDivisionCode,
    org: org ? { id: org.id, name: org.name } : undefined,
  });
}

export async function sessionFor(user: UserRow): Promise<Session> {
  const [{ token, expiresAt }, me] = await Promise.all([issueSessionToken(principalOf(user)), meOf(user)]);
  return { token, expiresAt, user: me };
}
