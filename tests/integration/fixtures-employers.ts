import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { encryptPii } from '../../functions/commons/pii';
import { keys } from '../../functions/adapters/dynamo/keys';
import type { OrgRow } from '../../functions/adapters/dynamo/orgs';
import { COMMUNITIES, findCommunity } from '../../functions/domain/divisions/catalog';
import { demoOrgs } from '../../scripts/seed/demo-work';

/** An employer as registration and verification store it: the division index and the status queue keys included. */
export async function putOrg(id: string, communityCode: string, extra: Partial<OrgRow> = {}): Promise<OrgRow> {
  const community = findCommunity(communityCode)!;
  const now = new Date().toISOString();
  const org: OrgRow = {
    id, name: `测试单位${id}`, type: '企业', creditCode: `91371000TEST${id.slice(-6).padStart(6, '0')}`.slice(0, 18),
    communityCode, streetCode: community.streetCode, districtCode: community.districtCode, lat: 37.5, lng: 122.1,
    address: '测试地址', contactName: '联系人', contactPhoneEnc: encryptPii('13900001111'), headcount: 10, conditions: '按时结算工资',
    status: 'verified', ownerUserId: null, confirmedReports: 0, submittedAt: now, reviewedAt: now, createdAt: now, updatedAt: now, ...extra,
  };
  await ddb().send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: { ...keys.org(id), ...keys.orgInDivision(communityCode, id), ...keys.orgQueue(org.status, communityCode, id), entity: 'org', ...org },
    }),
  );
  return org;
}

/** A community of the street that no demo employer uses, so its figures are the test's own. */
export function freeCommunity(streetCode: string, skip = 0): string {
  const used = new Set(demoOrgs().map((org) => org.community.code));
  const free = COMMUNITIES.filter((c) => c.streetCode === streetCode && !used.has(c.code));
  return free[skip].code;
}
