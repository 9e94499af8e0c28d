import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/adapters/dynamo/keys';
import { COMMUNITIES } from '../../functions/domain/divisions/catalog';
import { cellOf } from '../../functions/domain/divisions/geo';

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
