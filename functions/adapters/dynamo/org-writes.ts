import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OrgStatus } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { transact, type TransactItem } from '#commons/transact';
import { keys } from './keys';
import { messagePut } from './notifications';
import type { OrgRow } from './orgs';

/**
 * Writes of organisations (access patterns 27–30 in functions/MODEL.md). Every change is one transaction: the org,
 * its 信用代码 uniqueness item, the owner's account and the owner's inbox message commit together or not at all.
 */
const put = (Item: Record<string, unknown>, condition?: string, values?: Record<string, unknown>): TransactItem => ({
  Put: { TableName: tableName(), Item, ...(condition ? { ConditionExpression: condition } : {}), ...(values ? { ExpressionAttributeValues: values } : {}) },
});

/** Has this person a gig sign-up still running? A resident turning employer must finish those first (job-fair places do not count). */
export async function hasActiveBookings(userId: string): Promise<boolean> {
  const { Items } = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :active)',
      ExpressionAttributeValues: { ':pk': `USER#${userId}`, ':active': 'ACTIVE#JOB#' },
      Limit: 1,
    }),
  );
  return (Items?.length ?? 0) > 0;
}

const orgItem = (org: OrgRow) => ({ ...keys.org(org.id), ...keys.orgInDivision(org.communityCode, org.id), ...keys.orgQueue(org.status, org.communityCode, org.id), entity: 'org', ...org });

/** First registration: the org, its credit code, and the account becoming the org's employer account. */
export async function createOrg(org: OrgRow, ownerUserId: string): Promise<void> {
  const outcome = await transact([
    put({ ...keys.creditCode(org.creditCode), entity: 'credit-code', orgId: org.id }, 'attribute_not_exists(PK)'),
    put(orgItem(org), 'attribute_not_exists(PK)'),
    {
      Update: {
        TableName: tableName(),
        Key: keys.user(ownerUserId),
        // Leaving the residents' list: an employer account is not a resident staff look after.
        UpdateExpression: 'SET #role = :employer, orgId = :orgId, updatedAt = :now REMOVE GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(orgId)',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':employer': 'employer', ':orgId': org.id, ':now': org.updatedAt },
      },
    },
  ]);
  if (outcome.committed) return;
  if (outcome.failed.includes(0)) throw new AppError('CREDIT_CODE_TAKEN');
  throw new AppError('CONFLICT', '您已登记过用工单位，请刷新后查看');
}

/** A later change by the owner, conditional on the version they read; a new credit code moves the uniqueness item. */
export async function replaceOrg(before: OrgRow, after: OrgRow): Promise<void> {
  const outcome = await transact([put(orgItem(after), 'updatedAt = :read', { ':read': before.updatedAt }), ...creditCodeMove(before, after)]);
  if (outcome.committed) return;
  if (outcome.failed.includes(1)) throw new AppError('CREDIT_CODE_TAKEN');
  throw new AppError('CONFLICT');
}

function creditCodeMove(before: OrgRow, after: OrgRow): TransactItem[] {
  // A rejection gave the code back (see reviewOrg): claim it again, unless someone else has since.
  if (before.status === 'rejected') {
    return [put({ ...keys.creditCode(after.creditCode), entity: 'credit-code', orgId: after.id }, 'attribute_not_exists(PK) OR orgId = :id', { ':id': after.id })];
  }
  if (before.creditCode === after.creditCode) return [];
  return [
    put({ ...keys.creditCode(after.creditCode), entity: 'credit-code', orgId: after.id }, 'attribute_not_exists(PK)'),
    { Delete: { TableName: tableName(), Key: keys.creditCode(before.creditCode), ConditionExpression: 'orgId = :id', ExpressionAttributeValues: { ':id': before.id } } },
  ];
}

export interface OrgReview {
  to: Extract<OrgStatus, 'verified' | 'rejected'>;
  by: string;
  at: string;
  reason?: string;
  message: { title: string; body: string; link: string | null };
}

/** Staff decision on a pending organisation, with the owner's inbox message; anything not pending was decided already. */
export async function reviewOrg(org: OrgRow, review: OrgReview): Promise<void> {
  const outcome = await transact([
    {
      Update: {
        TableName: tableName(),
        Key: keys.org(org.id),
        UpdateExpression: 'SET #status = :to, reviewedAt = :at, reviewedBy = :by, rejectReason = :reason, updatedAt = :at, GSI2PK = :qpk, GSI2SK = :qsk',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':to': review.to, ':at': review.at, ':by': review.by, ':reason': review.reason ?? null, ':pending': 'pending',
          ':qpk': keys.orgQueue(review.to, org.communityCode, org.id).GSI2PK, ':qsk': keys.orgQueue(review.to, org.communityCode, org.id).GSI2SK,
        },
      },
    },
    ...(org.ownerUserId ? [messagePut(org.ownerUserId, review.to === 'verified' ? 'org_verified' : 'org_rejected', review.message, review.at)] : []),
    // Codes are printed on public licences: a rejected claim must not keep the real company out.
    ...(review.to === 'rejected'
      ? [{ Delete: { TableName: tableName(), Key: keys.creditCode(org.creditCode), ConditionExpression: 'orgId = :id', ExpressionAttributeValues: { ':id': org.id } } }]
      : []),
  ]);
  if (!outcome.committed) throw new AppError('ORG_ALREADY_REVIEWED');
}
