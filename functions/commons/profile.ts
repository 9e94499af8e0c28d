import type { Profile } from '@contract';
import { profileView } from '#domain/profile/profile-view';
import { consentsOf, type UserRow } from '#adapters/dynamo/users';
import { decryptPii } from './pii';

export function profileOf(user: UserRow): Profile {
  return profileView({
    name: user.name,
    phone: user.phoneEnc ? decryptPii(user.phoneEnc) : undefined,
    idNumber: user.idNumberEnc ? decryptPii(user.idNumberEnc) : undefined,
    birthYear: user.birthYear,
    homeCommunityCode: user.homeCommunityCode,
    skills: user.skills,
    availability: user.availability,
    intentions: user.intentions,
    assistedCategories: user.assistedCategories,
    consents: consentsOf(user),
    updatedAt: user.updatedAt,
  });
}
