import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { counterItems } from '../../functions/adapters/dynamo/stats';
import type { Counters } from '../../functions/domain/stats/metrics';
import { counterKey } from '../../functions/domain/stats/rollup';

/** Survey subjects written as the app stores them (only the fields a survey reads, plus the lists' GSI1 keys). */
const put = (Item: Record<string, unknown>) => ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item }));
const at = (daysAgo = 1) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

export async function putSignup(id: string, userId: string, status: string, communityCode = '371002002001') {
  const now = at();
  await put({
    ...keys.signup(id), ...keys.signupOfUser(userId, id), entity: 'signup', id, userId, status, jobId: `job-${id}`, orgId: 'org-survey',
    residentCommunityCode: communityCode, job: { title: `保洁零工${id.slice(-3)}`, orgName: '测试单位', startsAt: at(2), endsAt: now, address: '测试地址', payAmount: 150, payUnit: '元/天', communityCode },
    history: [{ status: 'pending', at: at(3), by: 'resident', note: null }, { status, at: now, by: 'system', note: null }], createdAt: at(3), updatedAt: now,
  });
}

export async function putBooking(id: string, userId: string, status: string) {
  await put({ ...keys.trainingBooking(id), ...keys.trainingBookingOfUser(userId, id), entity: 'training-booking', id, userId, status, trainingId: 't-survey', sessionId: 's-survey', trainingTitle: '家政服务培训', updatedAt: at(), createdAt: at(5) });
}

export async function putApplication(id: string, userId: string, status: string) {
  await put({
    ...keys.subsidyApplication(id), ...keys.subsidyApplicationOfUser(userId, id), entity: 'subsidy-application', id, userId, status, policyId: 'startup-subsidy',
    communityCode: '371002002001', decidedAt: status === 'approved' || status === 'rejected' ? at() : null, updatedAt: at(), createdAt: at(10),
  });
}

/** Counter items as the stream aggregator leaves them (its own item builder), for figures read before any drain. */
export async function putCounters(division: string, period: string, counters: Counters) {
  for (const Item of counterItems(new Map([[counterKey(division, period), counters]]))) await put(Item);
}
