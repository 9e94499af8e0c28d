import { httpHandler } from '#commons/http';
import { listJobsOfOrg } from '#adapters/dynamo/jobs';
import { scheduleText } from '#domain/jobs/schedule';

/** Jobs still running or finished in the last week (check-ins and confirmations still happen then), soonest to end first. */
const RECENT_MS = 7 * 24 * 3600_000;

export const handler = httpHandler('employerJobs', async ({ query, principal }) => {
  if (!principal.orgId) return { items: [], nextCursor: null };
  const now = Date.now();
  const { rows, nextCursor } = await listJobsOfOrg(principal.orgId, new Date(now - RECENT_MS).toISOString(), query.limit, query.cursor);
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
