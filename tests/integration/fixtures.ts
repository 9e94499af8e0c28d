import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../functions/commons/dynamo';
import { keys } from '../../functions/adapters/dynamo/keys';
import { cellOf } from '../../functions/domain/divisions/geo';
import type { JobRow } from '../../functions/adapters/dynamo/jobs';

const HOUR = 3600_000;

/** A point `meters` north (or east) of `origin`. */
export function offset(origin: { lat: number; lng: number }, north: number, east = 0) {
  return {
    lat: origin.lat + north / 111_320,
    lng: origin.lng + east / (111_320 * Math.cos((origin.lat * Math.PI) / 180)),
  };
}

/** Writes a job the way the app stores it: open jobs carry the geo index keys, closed ones do not. */
export async function putJob(id: string, at: { lat: number; lng: number }, extra: Partial<JobRow> = {}) {
  const startsAt = new Date(Date.now() + 24 * HOUR).toISOString();
  const job: JobRow = {
    id, title: `测试岗位${id}`, type: '零工', payAmount: 180, payUnit: '元/天', orgName: '测试单位', orgVerified: true,
    startsAt, endsAt: new Date(Date.parse(startsAt) + 4 * HOUR).toISOString(), headcount: 3, headcountLeft: 3, tags: [], skills: [],
    communityCode: '371002002001', lat: at.lat, lng: at.lng, description: '测试', createdAt: new Date().toISOString(), status: 'open',
    requirements: [], address: '测试地址', streetCode: '371002002', ...extra,
  };
  const geo = job.status === 'open' ? keys.openJobGeo(cellOf(job, 9), job.id) : {};
  await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.job(id), ...geo, entity: 'job', ...job } }));
  return job;
}
