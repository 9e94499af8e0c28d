import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StaffQueue } from '@contract';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { invalidCursor } from '#commons/errors';
import { districtsOf } from '#domain/divisions/catalog';
import type { SignupRow } from '#domain/signups/signup-row';
import { getSignups } from './signups';
import { keys } from './keys';

interface QueueCursor {
  /** Index into the districts being read. */
  d: number;
  k?: Record<string, string>;
}

function decodeQueueCursor(cursor: string | undefined): QueueCursor {
  if (!cursor) return { d: 0 };
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as QueueCursor;
    if (Number.isInteger(value.d) && value.d >= 0 && (value.k === undefined || typeof value.k === 'object')) return value;
  } catch {
    // fall through to the 400 below
  }
  throw invalidCursor();
}

const encodeQueueCursor = (cursor: QueueCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * Any staff queue laid out by district partition and community-prefixed sort key (sign-ups `SQ#…` and reports
 * `RQ#…` on GSI4, organisations `ORGQ#…` on GSI2, the 就业援助台账 `APERSONS#…` on GSI1): a district reads one partition, a street or community a begins_with range of it, and the city
 * its seven districts in turn.
 */
export async function readDivisionQueue(
  partitionOf: (districtCode: string) => string,
  divisionCode: string,
  limit: number,
  cursor: string | undefined,
  ascending: boolean,
  index: 'GSI1' | 'GSI2' | 'GSI4' = 'GSI4',
): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const districts = districtsOf(divisionCode);
  const narrower = divisionCode.length > 6;
  const position = decodeQueueCursor(cursor);
  const found: Record<string, unknown>[] = [];
  let next: QueueCursor | null = null;
  for (let d = position.d; d < districts.length; d++) {
    let startKey = d === position.d ? position.k : undefined;
    do {
      const page = await ddb().send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: index,
          KeyConditionExpression: narrower ? `${index}PK = :pk AND begins_with(${index}SK, :code)` : `${index}PK = :pk`,
          ExpressionAttributeValues: { ':pk': partitionOf(districts[d]), ...(narrower ? { ':code': divisionCode } : {}) },
          ScanIndexForward: ascending,
          Limit: limit - found.length,
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as Record<string, string> | undefined;
      if (found.length >= limit) {
        next = startKey ? { d, k: startKey } : d + 1 < districts.length ? { d: d + 1 } : null;
        break;
      }
    } while (startKey);
    if (found.length >= limit) break;
  }
  return { items: found, nextCursor: next ? encodeQueueCursor(next) : null };
}

/** A sign-up queue within a division. The `disputed` queue holds dispute items, resolved to their sign-ups. */
export async function listStaffQueue(queue: StaffQueue, divisionCode: string, limit: number, cursor?: string): Promise<{ rows: SignupRow[]; nextCursor: string | null }> {
  const { items, nextCursor } = await readDivisionQueue(
    (district) => keys.staffQueuePartition(queue, district), divisionCode, limit, cursor, queue === 'pending' || queue === 'disputed',
  );
  const rows = queue === 'disputed' ? await getSignups(items.map((item) => item.signupId as string)) : (items as unknown as SignupRow[]);
  return { rows, nextCursor };
}
