import type { StaffReport } from '@contract';
import type { Principal } from '#domain/auth/principal';
import { staffCovers } from '#domain/auth/scope';
import { maskPhone } from '#domain/privacy/mask';
import { staffReportView, type ReportRow } from '#domain/reports/report-row';
import { getReport } from '#adapters/dynamo/reports';
import { batchGetAll } from '#adapters/dynamo/query-all';
import { keys } from '#adapters/dynamo/keys';
import { getUsers } from '#adapters/dynamo/users';
import { AppError } from './errors';
import { decryptPii } from './pii';

/** Staff reach a report through the job's community: its own staff and those of the street, district and city above. */
export async function reportInStaffScope(reportId: string, principal: Principal): Promise<ReportRow> {
  const row = await getReport(reportId);
  if (!row) throw new AppError('REPORT_NOT_FOUND');
  if (!staffCovers(principal, row.job.communityCode)) throw new AppError('OUT_OF_SCOPE');
  return row;
}

/** Reports as staff see them: each job's current status, the reporter's name and masked phone (never the number). */
export async function staffReportResponses(rows: ReportRow[]): Promise<StaffReport[]> {
  const [users, jobs] = await Promise.all([
    getUsers(rows.map((row) => row.reporterId)),
    batchGetAll<{ id: string; status: string }>([...new Set(rows.map((row) => row.jobId))].map((id) => keys.job(id))),
  ]);
  const statusOf = new Map(jobs.map((job) => [job.id, job.status]));
  return rows.map((row) => {
    const user = users.get(row.reporterId);
    const phone = user?.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null;
    return staffReportView(row, statusOf.get(row.jobId) ?? 'closed', { name: user?.name ?? '（已注销）', phoneMasked: phone });
  });
}

export async function staffReportResponse(reportId: string): Promise<StaffReport> {
  const row = await getReport(reportId);
  if (!row) throw new AppError('REPORT_NOT_FOUND');
  return (await staffReportResponses([row]))[0];
}
