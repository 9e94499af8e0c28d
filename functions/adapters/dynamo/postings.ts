import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { logger } from '#commons/logger';
import type { PostingRow } from '#domain/posting/posting-view';
import { keys } from './keys';

/**
 * Employers' writes of their postings (access patterns 31–33 in functions/MODEL.md). The feed keys (GSI1/GSI2) exist
 * only while a posting is open, so publishing, closing and hiding are key changes, and the feed sees them at once.
 */
export type StoredPosting = PostingRow & { orgId: string; geohash9: string; streetCode: string; districtCode: string; coordSource: 'generated' | 'surveyed' };

export function postingItem(row: StoredPosting): Record<string, unknown> {
  return {
    ...keys.job(row.id),
    ...keys.jobOfOrg(row.orgId, row.endsAt, row.id),
    ...(row.status === 'open' ? keys.openJobGeo(row.geohash9, row.id) : {}),
    entity: 'job',
    ...row,
  };
}

export async function putNewPosting(row: StoredPosting): Promise<void> {
  await ddb().send(new PutCommand({ TableName: tableName(), Item: postingItem(row), ConditionExpression: 'attribute_not_exists(PK)' }));
}

/**
 * Replaces a posting if its seats, queue and status are still what the edit was computed from (sign-ups move the
 * counters under us); false means read again and recompute.
 */
export async function replacePosting(before: Pick<PostingRow, 'id' | 'status' | 'headcountLeft' | 'waitlistCount'> & Record<string, unknown>, after: StoredPosting): Promise<boolean> {
  // Attributes other writers keep on the job (reportCount, closing and hiding notes) survive the edit; index keys
  // are rebuilt, so a posting going back to draft leaves the feed.
  const { GSI1PK: _1, GSI1SK: _2, GSI2PK: _3, GSI2SK: _4, GSI4PK: _5, GSI4SK: _6, ...kept } = before;
  try {
    await ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...kept, ...postingItem(after) },
        ConditionExpression: '#status = :status AND headcountLeft = :left AND (attribute_not_exists(waitlistCount) OR waitlistCount = :wait)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': before.status, ':left': before.headcountLeft, ':wait': before.waitlistCount ?? 0 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Closes an open posting or a draft; false when it was neither any more. */
export async function closePosting(jobId: string, now: string): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.job(jobId),
        UpdateExpression: 'SET #status = :closed, updatedAt = :now REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK',
        ConditionExpression: '#status IN (:open, :draft)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':draft': 'draft', ':now': now },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Jobs copy their organisation's 已认证 badge (`orgVerified`), so the feed needs no second read. When the badge is
 * lost (a confirmed report, a change that needs verifying again) or given back, the org's jobs still running follow.
 * Best effort and conditional: a failure is logged, and every new posting reads the organisation afresh anyway.
 */
export async function setBadgeOnJobsOfOrg(orgId: string, verified: boolean, nowIso: string): Promise<number> {
  let changed = 0;
  let startKey: Record<string, unknown> | undefined;
  try {
    do {
      const page = await ddb().send(
        new QueryCommand({
          TableName: tableName(), IndexName: 'GSI4',
          KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK >= :now',
          FilterExpression: 'orgVerified <> :badge',
          ProjectionExpression: 'id',
          ExpressionAttributeValues: { ':pk': keys.jobsOfOrg(orgId), ':now': nowIso, ':badge': verified },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        try {
          await ddb().send(
            new UpdateCommand({
              TableName: tableName(), Key: keys.job(item.id as string),
              UpdateExpression: 'SET orgVerified = :badge', ConditionExpression: 'attribute_exists(PK) AND orgId = :org',
              ExpressionAttributeValues: { ':badge': verified, ':org': orgId },
            }),
          );
          changed++;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  } catch (error) {
    logger.warn('could not update orgVerified on the jobs of an org', { orgId, verified, errorName: (error as Error)?.name });
  }
  return changed;
}
