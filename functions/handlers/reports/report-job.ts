import { ulid } from 'ulid';
import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { getJob } from '#adapters/dynamo/jobs';
import { createReport } from '#adapters/dynamo/reports';
import { myReportView, type ReportRow } from '#domain/reports/report-row';

/**
 * 举报: 劳动维权 is one of the 零工市场's one-stop services (威就办〔2023〕9号 三、7). The report goes to the staff of the
 * job's community; one open report per person per job (409 ALREADY_REPORTED until it is resolved).
 */
export const handler = httpHandler('reportJob', async ({ params, body, principal }) => {
  const job = await getJob(params.jobId);
  // Drafts were never shown to residents, so there is nothing there to report.
  if (!job || (job.status as string) === 'draft') throw new AppError('JOB_NOT_FOUND');
  const row: ReportRow = {
    id: ulid(),
    jobId: job.id,
    reporterId: principal.userId,
    category: body.category,
    description: body.description,
    status: 'open',
    outcome: null,
    resolutionNote: null,
    job: { id: job.id, title: job.title, orgId: job.orgId ?? null, orgName: job.orgName, communityCode: job.communityCode },
    hiddenReason: null,
    createdAt: new Date().toISOString(),
    resolvedAt: null,
  };
  await createReport(row);
  return myReportView(row);
});
