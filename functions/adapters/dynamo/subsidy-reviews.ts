import { tableName } from '#commons/config';
import { transact } from '#commons/transact';
import type { SubsidyStatus } from '@contract';
import { keys } from './keys';
import { messagePut, type OtherNoticeKind } from './notifications';
import type { SubsidyApplicationRow, SubsidyHistoryRow } from './subsidies';

export interface Review {
  from: SubsidyStatus;
  to: SubsidyStatus;
  entry: SubsidyHistoryRow;
  notice: { kind: OtherNoticeKind; title: string; body: string; link: string };
}

/**
 * A reviewer's decision (#60): the status change conditional on the status and version the reviewer saw, the queue
 * move, the applicant's inbox message and, on refusal, the one-time places given back — all or nothing.
 */
export async function applyReview(row: SubsidyApplicationRow, r: Review): Promise<boolean> {
  const queue = keys.subsidyQueue(r.to, row.communityCode, row.id);
  const final = r.to === 'approved' || r.to === 'rejected';
  const outcome = await transact([
    {
      Update: {
        TableName: tableName(), Key: keys.subsidyApplication(row.id),
        UpdateExpression:
          `SET #status = :to, history = list_append(history, :entry), returnReason = :returnReason, updatedAt = :at, version = version + :one, GSI4PK = :qpk, GSI4SK = :qsk${final ? ', decidedAt = :at' : ''}`,
        ConditionExpression: '#status = :from AND version = :read',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':to': r.to, ':entry': [r.entry], ':returnReason': r.to === 'returned' ? r.entry.reason : null, ':at': r.entry.at, ':one': 1,
          ':qpk': queue.GSI4PK, ':qsk': queue.GSI4SK, ':from': r.from, ':read': row.version,
        },
      },
    },
    messagePut(row.userId, r.notice.kind, { title: r.notice.title, body: r.notice.body, link: r.notice.link }, r.entry.at),
    ...(r.to === 'rejected' ? releasePlaces(row) : []),
  ]);
  return outcome.committed;
}

/** Only this application's own claims are given back; a place someone else holds is never touched. */
const releasePlaces = (row: SubsidyApplicationRow) =>
  row.onceSubjects.map((subject) => ({
    Delete: {
      TableName: tableName(), Key: keys.subsidyOnce(row.policyId, subject),
      ConditionExpression: 'attribute_not_exists(PK) OR applicationId = :id', ExpressionAttributeValues: { ':id': row.id },
    },
  }));

/**
 * 撤回: a draft or returned application is closed by its applicant and its one-time places are freed in the same
 * transaction, so a mistyped identity or an abandoned draft never blocks the subsidy for good.
 */
export async function withdrawApplication(row: SubsidyApplicationRow, at: string): Promise<boolean> {
  const entry: SubsidyHistoryRow = { status: 'withdrawn', at, by: null, reason: '申请人撤回' };
  const outcome = await transact([
    {
      Update: {
        TableName: tableName(), Key: keys.subsidyApplication(row.id),
        UpdateExpression: 'SET #status = :to, history = list_append(history, :entry), updatedAt = :at, decidedAt = :at, version = version + :one REMOVE GSI4PK, GSI4SK',
        ConditionExpression: '#status = :from AND version = :read',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': 'withdrawn', ':entry': [entry], ':at': at, ':one': 1, ':from': row.status, ':read': row.version },
      },
    },
    ...releasePlaces(row),
  ]);
  return outcome.committed;
}
