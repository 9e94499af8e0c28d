import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LoanKind, LoanStatus } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact } from '#commons/transact';
import { keys } from './keys';
import { messagePut } from './notifications';
import { queryAll } from './query-all';
import { readDivisionQueue } from './staff-queues';

/** 创业提振贷 referrals (access pattern 62 in functions/MODEL.md). The platform refers and tracks; the bank decides. */
export interface LoanReferralRow {
  id: string;
  userId: string;
  kind: LoanKind;
  amountYuan: number;
  termMonths: number;
  purpose: string;
  businessName: string;
  creditCode: string | null;
  applicantName: string;
  /** Copied from the account so the bank's contact stays with the referral; ciphertext like every phone. */
  phoneEnc: string | null;
  orgId: string | null;
  communityCode: string;
  status: LoanStatus;
  bankNote: string | null;
  history: { status: LoanStatus; at: string; by: string | null; note: string | null }[];
  createdAt: string;
  updatedAt: string;
}

const ENTITY = 'loan-referral';

export async function createReferral(row: LoanReferralRow): Promise<void> {
  const outcome = await transact([
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.loanReferral(row.id), ...keys.loanReferralOfUser(row.userId, row.id), ...keys.loanQueue(row.status, row.communityCode, row.id), entity: ENTITY, ...row },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ]);
  if (!outcome.committed) throw new AppError('CONFLICT');
}

export async function getReferral(referralId: string): Promise<LoanReferralRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.loanReferral(referralId), ConsistentRead: true }));
  return Item?.entity === ENTITY ? (Item as LoanReferralRow) : undefined;
}

/** A person's referrals, newest first (ids are ULIDs). */
export function listReferralsOfUser(userId: string): Promise<LoanReferralRow[]> {
  return queryAll<LoanReferralRow>({
    TableName: tableName(), IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': keys.loanReferralsOfUser(userId) },
    ScanIndexForward: false,
  });
}

/** The partner-bank queue of one status within a division, oldest first; the contract has no paging, so one bounded page. */
export async function listLoanQueue(status: LoanStatus, divisionCode: string, limit = 100): Promise<LoanReferralRow[]> {
  const { items } = await readDivisionQueue((district) => keys.loanQueuePartition(status, district), divisionCode, limit, undefined, true);
  return items as unknown as LoanReferralRow[];
}

export interface LoanStatusChange {
  to: LoanStatus;
  note: string | null;
  by: string;
  at: string;
  message: { title: string; body: string; link: string };
}

/** The bank's answer as staff record it, conditional on the status they saw, with the applicant's inbox message. */
export async function changeReferralStatus(row: LoanReferralRow, change: LoanStatusChange): Promise<boolean> {
  const queue = keys.loanQueue(change.to, row.communityCode, row.id);
  const entry = { status: change.to, at: change.at, by: change.by, note: change.note };
  const outcome = await transact([
    {
      Update: {
        TableName: tableName(), Key: keys.loanReferral(row.id),
        UpdateExpression: 'SET #status = :to, bankNote = :note, history = list_append(history, :entry), updatedAt = :at, GSI4PK = :qpk, GSI4SK = :qsk',
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': change.to, ':note': change.note, ':entry': [entry], ':at': change.at, ':qpk': queue.GSI4PK, ':qsk': queue.GSI4SK, ':from': row.status },
      },
    },
    messagePut(row.userId, 'loan_progress', change.message, change.at),
  ]);
  return outcome.committed;
}
