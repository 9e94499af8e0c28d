import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact, type TransactItem } from '#commons/transact';
import { cellOf } from '#domain/divisions/geo';
import type { ReportRow } from '#domain/reports/report-row';
import { jobStatusAfter, orgStatusAfterConfirmed, resolvedMessage } from '#domain/reports/resolution';
import type { JobRow } from './jobs';
import type { OrgRow } from './orgs';
import { keys } from './keys';
import { messagePut } from './notifications';
import { readDivisionQueue } from './staff-queues';

/** Access patterns 37–40 in functions/MODEL.md. */
const GEO_KEYS = 'GSI1PK, GSI1SK, GSI2PK, GSI2SK';

/** The report, its one-open-report-per-person-per-job item and the job's counter, all or nothing. */
export async function createReport(row: ReportRow): Promise<void> {
  const outcome = await transact([
    { Put: { TableName: tableName(), Item: { ...keys.report(row.id), ...keys.reportQueue('open', row.job.communityCode, row.id), entity: 'report', ...row }, ConditionExpression: 'attribute_not_exists(PK)' } },
    { Put: { TableName: tableName(), Item: { ...keys.reportedBy(row.reporterId, row.jobId), entity: 'reported-by', reportId: row.id, createdAt: row.createdAt }, ConditionExpression: 'attribute_not_exists(PK)' } },
    {
      Update: {
        TableName: tableName(), Key: keys.job(row.jobId),
        UpdateExpression: 'ADD reportCount :one', ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':one': 1 },
      },
    },
  ]);
  if (outcome.committed) return;
  if (outcome.failed.includes(1)) throw new AppError('ALREADY_REPORTED');
  if (outcome.failed.includes(2)) throw new AppError('JOB_NOT_FOUND');
  throw new AppError('CONFLICT');
}

export async function getReport(reportId: string): Promise<ReportRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.report(reportId), ConsistentRead: true }));
  return Item?.entity === 'report' ? (Item as ReportRow) : undefined;
}

/**
 * A division's open or resolved reports (GSI4 `RQ#<status>#<district>`). Within a partition the sort key starts
 * with the community, so each page is put newest first in memory; for one community that order is exact.
 */
export async function listReportQueue(status: 'open' | 'resolved', divisionCode: string, limit: number, cursor?: string) {
  const { items, nextCursor } = await readDivisionQueue((district) => keys.reportQueuePartition(status, district), divisionCode, limit, cursor, false);
  const rows = (items as unknown as ReportRow[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return { rows, nextCursor };
}

/**
 * 暂停展示 while staff check: the job leaves the nearby feed at once (its sparse geo keys go) and, since the booking
 * engine only books `open` jobs, nobody can sign up for it. Only an open job can be hidden.
 */
export async function hideJob(report: ReportRow, reason: string, staffId: string, nowIso: string): Promise<'hidden' | 'not_open'> {
  const outcome = await transact([
    {
      Update: {
        TableName: tableName(), Key: keys.job(report.jobId),
        UpdateExpression: `SET #status = :hidden, hiddenReason = :reason, hiddenAt = :now, hiddenBy = :staff, hiddenForReport = :report, updatedAt = :now REMOVE ${GEO_KEYS}`,
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':hidden': 'hidden', ':open': 'open', ':reason': reason, ':now': nowIso, ':staff': staffId, ':report': report.id },
      },
    },
    {
      Update: {
        TableName: tableName(), Key: keys.report(report.id),
        UpdateExpression: 'SET hiddenReason = :reason', ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':reason': reason, ':open': 'open' },
      },
    },
  ]);
  if (outcome.committed) return 'hidden';
  if (outcome.failed.includes(1)) throw new AppError('REPORT_ALREADY_RESOLVED');
  return 'not_open';
}

function jobChange(job: JobRow & { geohash9?: string; hiddenForReport?: string }, reportId: string, outcome: 'confirmed' | 'dismissed', nowIso: string): TransactItem | null {
  const next = jobStatusAfter(outcome, job, reportId, nowIso);
  if (!next) return null;
  const base = {
    TableName: tableName(), Key: keys.job(job.id), ConditionExpression: '#status = :was',
    ExpressionAttributeNames: { '#status': 'status' },
  };
  if (next === 'open') {
    // Back on the feed with the same keys the app gives every open job (older items may lack geohash9).
    const geo = keys.openJobGeo(job.geohash9 ?? cellOf(job, 9), job.id);
    return {
      Update: {
        ...base,
        UpdateExpression: 'SET #status = :open, GSI1PK = :g1pk, GSI1SK = :g1sk, GSI2PK = :g2pk, GSI2SK = :g2sk, updatedAt = :now REMOVE hiddenReason, hiddenAt, hiddenBy, hiddenForReport',
        ExpressionAttributeValues: { ':was': job.status, ':open': 'open', ':g1pk': geo.GSI1PK, ':g1sk': geo.GSI1SK, ':g2pk': geo.GSI2PK, ':g2sk': geo.GSI2SK, ':now': nowIso },
      },
    };
  }
  return {
    Update: {
      ...base,
      UpdateExpression: `SET #status = :closed, closedReason = :why, closedAt = :now, updatedAt = :now REMOVE ${GEO_KEYS}`,
      ExpressionAttributeValues: { ':was': job.status, ':closed': 'closed', ':why': outcome === 'confirmed' ? 'report_confirmed' : 'ended_while_hidden', ':now': nowIso },
    },
  };
}

function orgRevocation(org: OrgRow, nowIso: string): TransactItem {
  const status = orgStatusAfterConfirmed(org.status);
  const queue = keys.orgQueue(status, org.communityCode, org.id);
  return {
    Update: {
      TableName: tableName(), Key: keys.org(org.id),
      UpdateExpression: 'SET #status = :status, GSI2PK = :qpk, GSI2SK = :qsk, updatedAt = :now ADD confirmedReports :one',
      ConditionExpression: '#status = :was',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status, ':qpk': queue.GSI2PK, ':qsk': queue.GSI2SK, ':now': nowIso, ':one': 1, ':was': org.status },
    },
  };
}

export interface Resolution {
  outcome: 'confirmed' | 'dismissed';
  note: string;
  staffId: string;
  nowIso: string;
}

/**
 * One transaction: the report leaves `RQ#open` for `RQ#resolved`, the reporter may report the job again, the
 * reporter's inbox message, and the job / org change the outcome calls for. A condition failing means someone
 * acted meanwhile: the report was resolved (409 REPORT_ALREADY_RESOLVED) or the job or org changed (409 CONFLICT).
 */
export async function resolveReport(report: ReportRow, job: JobRow | undefined, org: OrgRow | undefined, r: Resolution): Promise<void> {
  const resolvedQueue = keys.reportQueue('resolved', report.job.communityCode, report.id);
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(), Key: keys.report(report.id),
        UpdateExpression: 'SET #status = :resolved, outcome = :outcome, resolutionNote = :note, resolvedAt = :now, resolvedBy = :staff, GSI4PK = :qpk, GSI4SK = :qsk',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':resolved': 'resolved', ':open': 'open', ':outcome': r.outcome, ':note': r.note, ':now': r.nowIso, ':staff': r.staffId, ':qpk': resolvedQueue.GSI4PK, ':qsk': resolvedQueue.GSI4SK },
      },
    },
    { Delete: { TableName: tableName(), Key: keys.reportedBy(report.reporterId, report.jobId) } },
    messagePut(report.reporterId, 'report_resolved', { ...resolvedMessage(r.outcome, report.job.title, r.note, !!org), link: null }, r.nowIso),
  ];
  const change = job ? jobChange(job, report.id, r.outcome, r.nowIso) : null;
  if (change) items.push(change);
  if (r.outcome === 'confirmed' && org) items.push(orgRevocation(org, r.nowIso));
  const outcome = await transact(items);
  if (outcome.committed) return;
  if (outcome.failed.includes(0)) throw new AppError('REPORT_ALREADY_RESOLVED');
  throw new AppError('CONFLICT', '岗位或用工单位的状态刚刚发生了变化，请刷新后再处理');
}
