import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { reportInStaffScope, staffReportResponse } from '#commons/reports';
import { getJob } from '#adapters/dynamo/jobs';
import { hideJob } from '#adapters/dynamo/reports';

/** 暂停展示 while the report is checked; the job comes back if the report is dismissed. */
export const handler = httpHandler('hideReportedJob', async ({ params, body, principal }) => {
  const report = await reportInStaffScope(params.reportId, principal);
  if (report.status !== 'open') throw new AppError('REPORT_ALREADY_RESOLVED');
  const result = await hideJob(report, body.reason, principal.userId, new Date().toISOString());
  if (result === 'not_open') {
    const job = await getJob(report.jobId);
    // Hidden already (another report on the same job, or a repeated tap): nothing more to do.
    if ((job?.status as string) !== 'hidden') throw new AppError('CONFLICT', '这个岗位已经下架或关闭，不需要再暂停展示');
  }
  return staffReportResponse(report.id);
});
