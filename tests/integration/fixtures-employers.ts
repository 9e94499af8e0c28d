import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { encryptPii } from '../../functions/commons/pii';
import { keys } from '../../functions/adapters/dynamo/keys';
import type { OrgRow } from '../../functions/adapters/dynamo/orgs';
import { COMMUNITIES, findCommunity } from '../../functions/domain/divisions/catalog';
import { demoOrgs } from '../../scripts/seed/demo-work';
import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';
import { DAY_MS, weihaiDate } from '../../functions/domain/time/weihai-clock';

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

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let serial = 0;

/** A valid, unused 统一社会信用代码 (GB 32100 check character), different on every call; 92 = 个体工商户, 91 = 企业. */
export function freshCreditCode(kind: '92' | '91' = '92'): string {
  serial += 1;
  const random = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  const body = `${kind}371002${String(serial % 1000).padStart(3, '0')}${random}`;
  return body + creditCodeCheckChar(body)!;
}

/** A registration body an employer would send, for the community `communityCode`. */
export function orgBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '威海测试保洁服务部', type: '个体工商户', creditCode: freshCreditCode(), contactName: '王老板', contactPhone: '13906319999',
    address: '东山路 12 号', communityCode: '371002002001', headcount: 6, conditions: '按天结算，不收任何费用', ...overrides,
  };
}

/** An account that signed up as 用工方 but has not registered an organisation yet. */
export async function putEmployerWithoutOrg(id: string) {
  const { issueSessionToken } = await import('../../functions/commons/auth');
  const now = new Date().toISOString();
  await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.user(id), entity: 'user', id, role: 'employer', name: `用工方${id.slice(-4)}`, createdAt: now, updatedAt: now } }));
  return (await issueSessionToken({ userId: id, role: 'employer' })).token;
}

/** A Weihai date (YYYY-MM-DD) `days` from today. */
export function weihaiDay(days: number): string {
  return weihaiDate(Date.now() + days * DAY_MS);
}

export function postingBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '小区楼道保洁', type: '零工', payAmount: 25, payUnit: '元/小时',
    schedule: { kind: 'once', date: weihaiDay(2), startTime: '09:00', endTime: '12:00' },
    headcount: 3, description: '小区楼道和公共区域保洁，工具由单位提供，按时结算。', address: '东山社区南门',
    communityCode: '371002002001', tags: ['无经验可'], ...overrides,
  };
}