import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { applicantResponses } from '#commons/signups';
import { getJob } from '#adapters/dynamo/jobs';
import { listSignupsOfJob } from '#adapters/dynamo/signups';
import { signupJobOf } from '#domain/signups/views';

export const handler = httpHandler('jobApplicants', async ({ params, principal }) => {
  const job = await getJob(params.jobId);
  if (!job) throw new AppError('JOB_NOT_FOUND');
  if (!principal.orgId || job.orgId !== principal.orgId) throw new AppError('NOT_YOUR_JOB');
  const rows = await listSignupsOfJob(job.id);
  const items = await applicantResponses(rows);
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return {
    job: {
      ...signupJobOf(job.id, job),
      headcount: job.headcount, headcountLeft: job.headcountLeft, waitlistEnabled: job.waitlistEnabled !== false,
    },
    counts: { pending: count('pending'), waitlisted: count('waitlisted'), approved: count('approved'), checked_in: count('checked_in'), completed: count('completed'), no_show: count('no_show') },
    items,
  };
});
