import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getJob } from '#adapters/dynamo/jobs';
import { jobCard } from '#domain/jobs/job';
import { scheduleText } from '#domain/jobs/schedule';

/** Public detail; the employer's contact is never part of it (it appears only after an approved sign-up). */
export const handler = httpHandler('getJob', async ({ params }) => {
  const job = await getJob(params.jobId);
  if (!job) throw new AppError('JOB_NOT_FOUND');
  const { distanceMeters: _d, walkMinutes: _w, ...card } = jobCard(job, 0);
  return {
    ...card,
    description: job.description,
    requirements: job.requirements ?? [],
    schedule: scheduleText(job.startsAt, job.endsAt),
    address: job.address,
    location: { lat: job.lat, lng: job.lng, source: job.coordSource ?? 'generated' },
    status: job.status === 'closed' ? ('closed' as const) : Date.parse(job.endsAt) <= Date.now() ? ('expired' as const) : ('open' as const),
    skills: job.skills ?? [],
    contactHidden: true as const,
  };
});
