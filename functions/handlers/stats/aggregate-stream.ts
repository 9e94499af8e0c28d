import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { logger } from '#commons/logger';
import { applyStreamRecord, isNeverCounted, type StatRecord } from '#adapters/dynamo/stats';

type Image = Record<string, AttributeValue> | undefined;
const plain = (image: unknown) => (image ? unmarshall(image as Record<string, AttributeValue>) : null);

/** A Lambda stream record as the aggregator reads it (ApproximateCreationDateTime is in epoch seconds here). */
export function statRecordOf(record: DynamoDBRecord): StatRecord {
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  return {
    eventId: record.eventID ?? record.dynamodb?.SequenceNumber ?? '',
    at: new Date(seconds ? seconds * 1000 : Date.now()).toISOString(),
    keys: plain(record.dynamodb?.Keys as Image) ?? {},
    oldImage: plain(record.dynamodb?.OldImage as Image),
    newImage: plain(record.dynamodb?.NewImage as Image),
  };
}

/**
 * `aggregateStats` (serverless.yml): keeps the dashboard counters from the main table's stream (MODEL.md #69). Records
 * are applied in order; on the first failure the rest of the batch is handed back (ReportBatchItemFailures), and
 * what was applied before it is skipped on the retry by its marker.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const record of event.Records) {
    // Counter and marker writes come back through the same stream: drop them before unmarshalling anything.
    if (isNeverCounted((record.dynamodb?.Keys?.PK as { S?: string } | undefined)?.S)) continue;
    try {
      await applyStreamRecord(statRecordOf(record));
    } catch (error) {
      logger.error('stream record not applied', { eventId: record.eventID, errorName: (error as Error)?.name });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
}
