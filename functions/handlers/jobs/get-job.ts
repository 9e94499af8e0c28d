import { httpHandler } from '#commons/http';
import { recordAutomaticService } from '#commons/assistance/automatic-service';
import { AppError } from '#commons/errors';
import { getJob } from '#adapters/dynamo/jobs';
import { activeSignupFor, positionInWaitlist } from '#adapters/dynamo/signups';
import { SIGNUP_STATUS_LABEL } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { jobCard } from '#domain/jobs/job';
import { scheduleText } from '#domain/jobs/schedule';

/** A signed-in resident sees at once that they already signed up, instead of finding out by tapping 报名. */
async function mySignupOn(jobId: string, principal: Principal | undefined) {
  if (principal?.role !== 'resident') return null;
  const row = await activeSignupFor(principal.userId, jobId);
  if (!row) return null;
  const position = await positionInWaitlist(row);
  return { id: row.id, status: row.status, statusLabel: position ? `候补第 ${position} 位` : SIGNUP_STATUS_LABEL[row.status], waitlistPosition: position };
}

/** Public detail; the employer's contact is never part of it (it appears only after an approved sign-up). */
export const handler = httpHandler('getJob', async ({ params, query, principal }) => {
  const [job, mySignup] = await Promise.all([getJob(params.jobId), mySignupOn(params.jobId, principal)]);
  // A draft is the employer's own business; a job staff hid pending a report is out of view until they decide.
  if (!job || job.status === 'draft' || job.status === 'hidden') throw new AppError('JOB_NOT_FOUND');
  const status = job.status === 'closed' ? ('closed' as const) : Date.parse(job.endsAt) <= Date.now() ? ('expired' as const) : ('open' as const);
  // opened from 为您推荐 (which only lists open jobs): a 岗位推荐 toward the 「12333」 of a resident linked to the
  // 就业援助台账, once per job (never fails the read)
  if (query.from === 'recommendation' && principal?.role === 'resident' && status === 'open') await recordAutomaticService(principal.userId, '岗位推荐', 'job-recommendation', job.id, `系统推荐岗位「${job.title}」（${job.orgName}），居民已打开查看`);
  const { distanceMeters: _d, walkMinutes: _w, ...card } = jobCard(job, 0);
  return {
    ...card,
    description: job.description,
    requirements: job.requirements ?? [],
    schedule: job.scheduleLabel ?? scheduleText(job.startsAt, job.endsAt),
    address: job.address,
    location: { lat: job.lat, lng: job.lng, source: job.coordSource ?? 'generated' },
    status,
    skills: job.skills ?? [],
    contactHidden: true as const,
    mySignup,
  };
});
