import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import { keys } from './keys';

/** A real read against the table; the seed marker may or may not exist, either answer proves reachability. */
export async function pingTable(): Promise<void> {
  await ddb().send(new GetCommand({ TableName: tableName(), Key: keys.seedMarker() }));
}
