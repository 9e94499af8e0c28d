import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/adapters/dynamo/keys';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';
import { weihaiDate, weihaiInstant } from '../../functions/domain/time/weihai-clock';
import { communityPoint } from '../../scripts/seed/coordinates';

const HOUR = 3600_000;

/** The e2e stack's DynamoDB Local, for setting up what a test needs that no screen creates. */
export function e2eTable() {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: process.env.E2E_DYNAMODB_URL, region: 'cn-northwest-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return { client, name: 'doorstep-jobs-local-main' };
}

/**
 * A 海悦家政 gig in 东山居委会, written the way the app stores jobs, starting `startsInHours` from now (within the
 * hour means its check-in desk is already open).
 */
export async function putDongshanGig(jobId: string, spec: { title: string; startsInHours: number; hours?: number }) {
  const { client, name } = e2eTable();
  const community = COMMUNITIES.find((c) => c.code === '371002002001')!;
  const point = { lat: 37.5105, lng: 122.1201 };
  const startsAt = new Date(Date.now() + spec.startsInHours * HOUR).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + (spec.hours ?? 3) * HOUR).toISOString();
  await client.send(
    new PutCommand({
      TableName: name,
      Item: {
        ...keys.job(jobId), ...keys.openJobGeo(cellOf(point, 9), jobId), ...keys.jobOfOrg('org-001', endsAt, jobId),
        entity: 'job', id: jobId, orgId: 'org-001', orgName: '威海海悦家政服务有限公司', orgVerified: true, title: spec.title,
        type: '零工', payAmount: 180, payUnit: '元/天', headcount: 3, headcountLeft: 3, waitlistCount: 0, tags: ['大龄友好'], skills: ['保洁'],
        startsAt, endsAt, description: '公共区域保洁，工具由单位提供。', requirements: ['身体健康'], address: `${community.name}敬老院`,
        communityCode: community.code, streetCode: community.streetCode, districtCode: community.districtCode, lat: point.lat, lng: point.lng,
        geohash9: cellOf(point, 9), status: 'open', createdAt: new Date().toISOString(),
      },
    }),
  );
}

/**
 * A 培训夜课 in 东山居委会 (家政服务, open to every worker aged 16–65) with one class tomorrow 19:00–21:00 Weihai
 * time, stored as the app stores trainings and their bookable sessions.
 */
export async function putDongshanEveningClass(trainingId: string, title: string) {
  const { trainingItem, sessionItem } = await import('../../functions/adapters/dynamo/trainings');
  const { client, name } = e2eTable();
  const community = COMMUNITIES.find((c) => c.code === '371002002001')!;
  const tomorrow = weihaiDate(Date.now() + 24 * HOUR);
  const sessionId = `${trainingId}-s1`;
  const now = new Date().toISOString();
  const training = {
    id: trainingId, title, type: '就业技能', category: '家政服务', format: '培训夜课', hours: 2,
    content: `${title}：家居保洁的流程、工具和安全，边讲边练。`, requirements: '16-65 周岁城乡劳动者',
    eligibility: { ageMin: 16, ageMax: 65, groups: ['城乡劳动者'] }, subsidyStandard: '按 400 元/人标准补贴', provider: '威海市家政培训学校',
    providerOrgId: null, address: `${community.name}社区培训点`, districtCode: community.districtCode, communityCode: community.code,
    ...communityPoint(community), createdBy: 'user-staff-district', createdAt: now,
  };
  const session = {
    id: sessionId, trainingId, startsAt: weihaiInstant(tomorrow, '19:00'), endsAt: weihaiInstant(tomorrow, '21:00'),
    hours: 2, address: training.address, capacity: 20, seatsLeft: 20, status: 'open', waitlistCount: 0, createdAt: now,
  };
  for (const Item of [trainingItem(training as never), sessionItem(session as never)]) await client.send(new PutCommand({ TableName: name, Item }));
  return { sessionId };
}

/** The class has taken place: its session and the bookings' copies of its times move to the last two hours. */
export async function holdClassNow(sessionId: string) {
  const { QueryCommand, UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
  const { client, name } = e2eTable();
  const startsAt = new Date(Date.now() - 2 * HOUR).toISOString();
  const endsAt = new Date(Date.now() - 5 * 60_000).toISOString();
  await client.send(new UpdateCommand({ TableName: name, Key: keys.trainingSession(sessionId), UpdateExpression: 'SET startsAt = :s, endsAt = :e', ExpressionAttributeValues: { ':s': startsAt, ':e': endsAt } }));
  const { Items } = await client.send(new QueryCommand({ TableName: name, IndexName: 'GSI2', KeyConditionExpression: 'GSI2PK = :pk', ExpressionAttributeValues: { ':pk': keys.trainingBookingsOfSession(sessionId) } }));
  for (const booking of Items ?? []) {
    await client.send(new UpdateCommand({ TableName: name, Key: keys.trainingBooking(booking.id as string), UpdateExpression: 'SET sessionStartsAt = :s, sessionEndsAt = :e', ExpressionAttributeValues: { ':s': startsAt, ':e': endsAt } }));
  }
}
