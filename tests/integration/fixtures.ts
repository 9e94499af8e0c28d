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
    requirements: [], address: '测试地址', streetCode: '371002002', orgId: 'org-001', ...extra,
  };
  const geo = job.status === 'open' ? keys.openJobGeo(cellOf(job, 9), job.id) : {};
  const orgJobs = job.orgId ? keys.jobOfOrg(job.orgId, job.endsAt, job.id) : {};
  await ddb().send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...keys.job(id), ...geo, ...orgJobs, entity: 'job', ...job } }));
  return job;
}

/** A resident as the app stores one (phone encrypted), signed in with a real session token. */
export async function putResident(id: string, spec: { name?: string; phone?: string | null; homeCommunityCode?: string | null } = {}) {
  const { encryptPii } = await import('../../functions/commons/pii');
  const { issueSessionToken } = await import('../../functions/commons/auth');
  const now = new Date().toISOString();
  const home = spec.homeCommunityCode === undefined ? '371002002001' : spec.homeCommunityCode;
  const phone = spec.phone === undefined ? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` : spec.phone;
  await ddb().send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        ...keys.user(id), entity: 'user', id, role: 'resident', name: spec.name ?? `居民${id.slice(-4)}`,
        ...(phone ? { phoneEnc: encryptPii(phone) } : {}), ...(home ? { homeCommunityCode: home } : {}), birthYear: 1970, createdAt: now, updatedAt: now,
      },
    }),
  );
  return (await issueSessionToken({ userId: id, role: 'resident' })).token;
}
