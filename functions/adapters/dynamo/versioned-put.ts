import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';

/**
 * Optimistic concurrency for whole-item forms (「六有」 checklist, brand selection): the first save needs the item to
 * be absent (the caller read version 0), later ones the version the caller read. False when someone saved first.
 */
export async function putIfVersion(item: Record<string, unknown> & { version: number }, readVersion: number): Promise<boolean> {
  try {
    await ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ...(readVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } }),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
