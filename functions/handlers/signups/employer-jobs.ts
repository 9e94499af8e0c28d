import { httpHandler } from '#commons/http';
import { listJobsOfOrg } from '#adapters/dynamo/jobs';
import { signupJobOf } from '#domain/signups/views';

/** Jobs still running or finished in the last week (check-ins and confirmations still happen then), soonest to end first. */
const RECENT_MS = 7 * 24 * 3600_000;

export const handler = httpHandler('employerJobs', async ({ query, principal }) => {
  if (!principal.orgId) return { items: [], nextCursor: null };
  const now = Date.now();
  const { rows, nextCursor } = await listJobsOfOrg(principal.orgId, new Date(now - RECENT_MS).toISOString(), query.limit, query.cursor);
  return {
    items: rows.map((job) => ({
      ...signupJobOf(job.id, job),
      type: job.type,
      status: job.status === 'open' && Date.parse(job.endsAt) <= now ? ('expired' as const) : (job.status as 'open' | 'closed' | 'draft'),
      headcount: job.headcount, headcountLeft: job.headcountLeft, waitlistCount: job.waitlistCount ?? 0,
    })),
    nextCursor,
  };
});
