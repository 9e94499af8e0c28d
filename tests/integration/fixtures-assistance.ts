import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { encryptPii } from '../../functions/commons/pii';
import { keys } from '../../functions/adapters/dynamo/keys';
import { consentAttribute } from '../../functions/adapters/dynamo/users';
import { idCheckChar } from '../../functions/domain/profile/id-number';
import { DAY_MS, weihaiDate } from '../../functions/domain/time/weihai-clock';
import { tokenFor } from './invoke';

let serial = 0;

/** A well-formed 身份证号 (real birth date, GB 11643 check character), different on every call. */
export function freshIdNumber(birthYear = 1970): string {
  serial += 1;
  const seq = String((Date.now() + serial * 7919 + Math.floor(Math.random() * 1e6)) % 1000).padStart(3, '0');
  const day = String(1 + ((serial + Math.floor(Math.random() * 27)) % 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const first17 = `371002${birthYear}${month}${day}${seq}`;
  return first17 + idCheckChar(first17);
}

export const freshPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export const staffToken = (divisionCode: string, level: 'community' | 'street' | 'district' | 'city', userId = `user-staff-ap-${divisionCode}`) =>
  tokenFor({ userId, role: 'staff', staff: { level, divisionCode } });

/** A Weihai date `days` from today (negative = past). */
export const dayFromToday = (days: number) => weihaiDate(Date.now() + days * DAY_MS);

export function personBody(communityCode: string, extra: Record<string, unknown> = {}) {
  return {
    idNumber: freshIdNumber(), name: '测试援助对象', phone: null, communityCode, categories: ['长期失业'], unemploymentRegisteredOn: dayFromToday(-100),
    status: '待业', statusSince: dayFromToday(-100), employerName: '', note: '', linkResident: false, ...extra,
  };
}

/**
 * A resident as the app stores one after choosing a home community (listed under GSI1 `HOME#`, which is where the
 * ledger looks for a phone), optionally with the sensitive-information consent granted.
 */
export async function putHomeResident(id: string, phone: string, communityCode: string, consent: boolean) {
  const now = new Date().toISOString();
  await ddb().send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        ...keys.user(id), ...keys.residentHome(communityCode, now, id), entity: 'user', id, role: 'resident', name: `居民${id.slice(-4)}`,
        phoneEnc: encryptPii(phone), homeCommunityCode: communityCode, birthYear: 1972, createdAt: now, updatedAt: now,
        ...(consent ? { [consentAttribute('sensitive-personal-info')]: { version: '2024-01', grantedAt: now } } : {}),
      },
    }),
  );
  return tokenFor({ userId: id, role: 'resident' });
}
