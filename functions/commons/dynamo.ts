import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

let client: DynamoDBDocumentClient | undefined;
let baseClient: DynamoDBClient | undefined;
let clientEndpoint: string | undefined;

/** One DocumentClient per container (re-made if the endpoint changes, which only tests do). */
export function ddb(): DynamoDBDocumentClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  if (!client || clientEndpoint !== endpoint) {
    const base = new DynamoDBClient({
      endpoint,
      region: process.env.AWS_REGION || 'cn-northwest-1',
      ...(endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      maxAttempts: 3,
      // A request DynamoDB has not answered in 5 s becomes BUSY (429) rather than a Lambda timeout; tests on a shared
      // two-core box wait longer.
      requestHandler: new NodeHttpHandler({ connectionTimeout: 2000, requestTimeout: Number(process.env.DYNAMODB_REQUEST_TIMEOUT_MS ?? 5000), httpAgent: { maxSockets: 200 } }),
    });
    baseClient = base;
    client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
    clientEndpoint = endpoint;
  }
  return client;
}

/** The low-level client behind ddb(), for libraries that want one (Powertools idempotency). */
export function rawDdb(): DynamoDBClient {
  ddb();
  return baseClient!;
}
