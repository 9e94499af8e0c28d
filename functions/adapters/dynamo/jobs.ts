import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import type { Job } from '#domain/jobs/job';
import { keys } from './keys';

export interface JobRow extends Job {
  requirements: string[];
  address: string;
  streetCode: string;
  coordSource?: 'generated' | 'surveyed';
}

/** Open jobs in one geohash cell that have not ended: 6-character cells on GSI1, 5-character on GSI2. */
export async function openJobsInCell(cell: string, nowIso: string): Promise<JobRow[]> {
  const index = cell.length === 6 ? 'GSI1' : 'GSI2';
  const rows: JobRow[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: index,
        KeyConditionExpression: `${index}PK = :cell AND ${index}SK > :now`,
        ExpressionAttributeValues: { ':cell': keys.openJobCell(cell), ':now': nowIso },
        ExclusiveStartKey: startKey,
      }),
    );
    rows.push(...((page.Items ?? []) as JobRow[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return rows;
}

export async function getJob(jobId: string): Promise<JobRow | undefined> {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.job(jobId) }));
  return Item?.entity === 'job' ? (Item as JobRow) : undefined;
}
