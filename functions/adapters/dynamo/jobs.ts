import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import type { Job } from '#domain/jobs/job';
import { decodeCursor, encodeCursor, keys } from './keys';

export interface JobRow extends Job {
  requirements: string[];
  address: string;
  streetCode: string;
  coordSource?: 'generated' | 'surveyed';
  /** The posting organisation; sign-ups need it (demo posts from before organisations existed lack it). */
  orgId?: string;
  /** Absent means the waitlist is on. */
  waitlistEnabled?: boolean;
  waitlistCount?: number;
  /** Precision-9 geohash of the location: the feed keys are rebuilt from it when a job is (re)published. */
  geohash9?: string;
  /** Weekly schedules say their days here (the generic text only knows first start and last end). */
  scheduleLabel?: string | null;
  hiddenReason?: string | null;
  districtCode?: string;
}

/**
 * Open jobs in one geohash cell that have not ended, reading at most `readLimit` items: 5-character cells are GSI2
 * partitions; 6 characters and finer are GSI1 partitions or begins_with ranges inside them.
 */
/** What the feed and matching read of a job: the card, not the whole posting. */
const FEED_FIELDS = ['id', 'title', 'type', 'payAmount', 'payUnit', 'orgName', 'orgVerified', 'startsAt', 'endsAt', 'headcount', 'headcountLeft', 'tags', 'skills', 'communityCode', 'lat', 'lng', 'description', 'createdAt', 'status'];
const FEED_PROJECTION = {
  ProjectionExpression: FEED_FIELDS.map((_, i) => `#f${i}`).join(', '),
  names: Object.fromEntries(FEED_FIELDS.map((field, i) => [`#f${i}`, field])),
};

export async function openJobsInCell(cell: string, readLimit: number, nowIso: string): Promise<{ jobs: Job[]; complete: boolean }> {
  const index = cell.length === 5 ? 'GSI2' : 'GSI1';
  const partition = cell.length === 5 ? `JOB5#${cell}` : `JOB6#${cell.slice(0, 6)}`;
  const narrower = cell.length > 6;
  const jobs: Job[] = [];
  let startKey: Record<string, unknown> | undefined;
  let read = 0;
  do {
    const page = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: index,
        KeyConditionExpression: narrower ? `${index}PK = :p AND begins_with(${index}SK, :cell)` : `${index}PK = :p`,
        FilterExpression: '#endsAt > :now',
        ProjectionExpression: FEED_PROJECTION.ProjectionExpression,
        ExpressionAttributeNames: { ...FEED_PROJECTION.names, '#endsAt': 'endsAt' },
        ExpressionAttributeValues: { ':p': partition, ':now': nowIso, ...(narrower ? { ':cell': cell } : {}) },
        Limit: Math.min(readLimit - read, 1000),
        ExclusiveStartKey: startKey,
      }),
    );
    jobs.push(...((page.Items ?? []) as Job[]));
    read += page.ScannedCount ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey && read < readLimit);
  return { jobs, complete: !startKey };
}

export async function getJob(jobId: string, consistent = false): Promise<JobRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.job(jobId), ConsistentRead: consistent }));
  return Item?.entity === 'job' ? (Item as JobRow) : undefined;
}

/** An employer's jobs that end after `sinceIso`, the soonest to end first (GSI4 `ORGJOBS#<orgId>`). */
export async function listJobsOfOrg(orgId: string, sinceIso: string, limit: number, cursor?: string) {
  const page = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'GSI4',
      KeyConditionExpression: 'GSI4PK = :pk AND GSI4SK >= :since',
      ExpressionAttributeValues: { ':pk': keys.jobsOfOrg(orgId), ':since': sinceIso },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, ['PK', 'SK', 'GSI4PK', 'GSI4SK']),
    }),
  );
  return { rows: (page.Items ?? []) as (Omit<JobRow, 'status'> & { status: string })[], nextCursor: encodeCursor(page.LastEvaluatedKey) };
}
