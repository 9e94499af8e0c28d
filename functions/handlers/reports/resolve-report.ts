import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { reportInStaffScope, staffReportResponse } from '#commons/reports';
import { getJob } from '#adapters/dynamo/jobs';
import { getOrg } from '#adapters/dynamo/orgs';
import { setBadgeOnJobsOfOrg } from '#adapters/dynamo/postings';
import { resolveReport } from '#adapters/dynamo/reports';
import { staffCovers } from '#domain/auth/scope';

/**
 * 情况属实: the job comes down and the employer loses its 已认证 badge (its other running jobs stop showing it);
 * 情况不属实: a job hidden for the check goes back on the feed. The reporter is told either way (我的消息).
 */
export const handler = httpHandler('resolveReport', async ({ params, body, principal }) => {
  const report = await reportInStaffScope(params.reportId, principal);
  if (report.status !== 'open') throw new AppError('REPORT_ALREADY_RESOLVED');
  const job = await getJob(report.jobId);
  const orgId = job?.orgId ?? report.job.orgId;
  const found = body.outcome === 'confirmed' && orgId ? await getOrg(orgId) : undefined;
  // Employers post anywhere in the city; only staff over the org's own community may take its verification away.
  const org = found && staffCovers(principal, found.communityCode) ? found : undefined;
  const nowIso = new Date().toISOString();
  await resolveReport(report, job, org, { outcome: body.outcome, note: body.note, staffId: principal.userId, nowIso });
  if (org) await setBadgeOnJobsOfOrg(org.id, false, nowIso);
  return staffReportResponse(report.id);
});
