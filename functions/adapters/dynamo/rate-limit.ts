import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { keys } from './keys';

/**
 * Fixed one-minute windows: one counter item per key and minute, incremented only while under the limit
 * (a conditional ADD, so concurrent requests cannot overshoot), expired by TTL after a few minutes.
 */
export async function takeToken(key: string, perMinute: number, now = Date.now()): Promise<boolean> {
  const minute = Math.floor(now / 60_000);
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.rateWindow(key, minute),
        UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
        ExpressionAttributeValues: { ':one': 1, ':limit': perMinute, ':expires': (minute + 5) * 60 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
