import { httpHandler } from '#commons/http';
import { listJobsOfOrg } from '#adapters/dynamo/jobs';
import { scheduleText } from '#domain/jobs/schedule';

export const handler = httpHandler('employerJobs', async ({ query, principal }) => {
  if (!principal.orgId) return { items: [], nextCursor: null };
  const now = Date.now();
  const { rows, nextCursor } = await listJobsOfOrg(principal.orgId, query.limit, query.cursor);
  return {
    items: rows.map((job) => ({
      id: job.id, title: job.title, type: job.type, orgName: job.orgName, startsAt: job.startsAt, endsAt: job.endsAt,
      schedule: scheduleText(job.startsAt, job.endsAt), address: job.address, payAmount: job.payAmount, payUnit: job.payUnit,
      communityCode: job.communityCode,
      status: job.status === 'open' && Date.parse(job.endsAt) <= now ? ('expired' as const) : (job.status as 'open' | 'closed' | 'draft'),
      headcount: job.headcount, headcountLeft: job.headcountLeft, waitlistCount: job.waitlistCount ?? 0,
    })),
    nextCursor,
  };
});
