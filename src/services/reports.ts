import type { ReportCategory, RouteResponse, StaffReport } from '@contract'
import { call, withIdempotencyKey } from './request'

/** 劳动维权: residents report a job; staff of its community check it, pause it, and resolve it. */

export const STAFF_REPORTS_PAGE_SIZE = 20

export function reportJob(jobId: string, category: ReportCategory, description: string): Promise<RouteResponse<'reportJob'>> {
  const body = { category, description: description.trim() }
  return withIdempotencyKey(`reportJob:${jobId}:${body.category}:${body.description}`, (idempotencyKey) =>
    call('reportJob', { params: { jobId }, body, idempotencyKey }),
  )
}

export function listStaffReports(status: StaffReport['status'], cursor?: string | null): Promise<RouteResponse<'staffReports'>> {
  return call('staffReports', { query: { status, limit: STAFF_REPORTS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } })
}

export function hideReportedJob(reportId: string, reason: string): Promise<StaffReport> {
  const body = { reason: reason.trim() }
  return withIdempotencyKey(`hideReportedJob:${reportId}:${body.reason}`, (idempotencyKey) =>
    call('hideReportedJob', { params: { reportId }, body, idempotencyKey }),
  )
}

export function resolveReport(reportId: string, outcome: NonNullable<StaffReport['outcome']>, note: string): Promise<StaffReport> {
  const body = { outcome, note: note.trim() }
  return withIdempotencyKey(`resolveReport:${reportId}:${body.outcome}:${body.note}`, (idempotencyKey) =>
    call('resolveReport', { params: { reportId }, body, idempotencyKey }),
  )
}
