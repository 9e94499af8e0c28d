import type { ReportCategory, StaffReport } from '@contract';

/** A 劳动维权 report as stored: the job's title, org and community are copied in, so the queue reads one item. */
export interface ReportRow {
  id: string;
  jobId: string;
  reporterId: string;
  category: ReportCategory;
  description: string;
  status: 'open' | 'resolved';
  outcome: 'confirmed' | 'dismissed' | null;
  resolutionNote: string | null;
  job: { id: string; title: string; orgId: string | null; orgName: string; communityCode: string };
  hiddenReason?: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy?: string | null;
}

export const myReportView = (row: ReportRow) => ({ id: row.id, jobId: row.jobId, category: row.category, status: row.status, createdAt: row.createdAt });

/** What staff see: the job's current status (it may have been hidden or closed since), the reporter's phone masked. */
export function staffReportView(row: ReportRow, jobStatus: string, reporter: StaffReport['reporter']): StaffReport {
  return {
    id: row.id,
    category: row.category,
    description: row.description,
    status: row.status,
    outcome: row.outcome,
    resolutionNote: row.resolutionNote,
    job: { ...row.job, status: jobStatus },
    reporter,
    jobHidden: jobStatus === 'hidden',
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}
