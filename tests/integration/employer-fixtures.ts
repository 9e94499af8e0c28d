import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { creditCodeCheckChar } from '../../functions/domain/orgs/credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let serial = 0;

/** A valid, unused 统一社会信用代码 (GB 32100 check character), different on every call. */
export function freshCreditCode(): string {
  serial += 1;
  const random = Array.from({ length: 6 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  const body = `92371002${String(serial % 1000).padStart(3, '0')}${random}`;
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
  return new Date(Date.now() + 8 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10);
}

export function postingBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '小区楼道保洁', type: '零工', payAmount: 25, payUnit: '元/小时',
    schedule: { kind: 'once', date: weihaiDay(2), startTime: '09:00', endTime: '12:00' },
    headcount: 3, description: '小区楼道和公共区域保洁，工具由单位提供，按时结算。', address: '东山社区南门',
    communityCode: '371002002001', tags: ['无经验可'], ...overrides,
  };
}
