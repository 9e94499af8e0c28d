import type { Context } from 'aws-lambda';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { rawDdb } from './dynamo';
import { AppError } from './errors';

/** How long a replay returns the first answer: long enough for a phone that lost signal overnight to retry. */
const KEY_LIFETIME_SECONDS = 24 * 3600;
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,128}$/;

let store: DynamoDBPersistenceLayer | undefined;
let storeClient: unknown;

function persistence(): DynamoDBPersistenceLayer {
  const client = rawDdb();
  if (!store || storeClient !== client) {
    const tableName = process.env.IDEMPOTENCY_TABLE_NAME;
    if (!tableName) throw new Error('IDEMPOTENCY_TABLE_NAME is not set');
    store = new DynamoDBPersistenceLayer({ tableName, awsSdkV3Client: client });
    storeClient = client;
  }
  return store;
}

export interface IdempotencyScope {
  routeId: string;
  /** The caller: the same key from two people is two different requests. */
  principalId: string;
  key: string;
}

export function checkIdempotencyKey(key: string): string {
  if (!KEY_FORMAT.test(key)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key 格式不对（8–128 位字母、数字或 -_.:）', [{ field: 'headers.idempotency-key', message: '格式不对' }]);
  }
  return key;
}

/**
 * Runs a write once per (route, caller, key) with Powertools idempotency: a replay gets the first success back
 * without running again; a replay while the first is still running, or with a different request, is refused.
 * Failures are not remembered, so a corrected retry with the same key runs.
 */
export async function runOnce<T>(scope: IdempotencyScope, request: unknown, run: () => Promise<T>, context?: Context): Promise<T> {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'scope',
    payloadValidationJmesPath: 'request',
    expiresAfterSeconds: KEY_LIFETIME_SECONDS,
  });
  // Outside Lambda (tests, scripts) the request gets the function's 10-second budget, so a crashed attempt's
  // in-progress record expires and the same key can run again.
  const deadline = Date.now() + 10_000;
  config.registerLambdaContext(context?.getRemainingTimeInMillis ? context : ({ getRemainingTimeInMillis: () => deadline - Date.now() } as Context));
  const once = makeIdempotent(async (_payload: { scope: IdempotencyScope; request: unknown }) => run(), {
    persistenceStore: persistence(),
    config,
    keyPrefix: 'doorstep-jobs',
  });
  try {
    return (await once({ scope, request: request ?? null })) as T;
  } catch (error) {
    switch ((error as Error)?.name) {
      case 'IdempotencyAlreadyInProgressError':
        throw new AppError('IDEMPOTENCY_IN_PROGRESS');
      case 'IdempotencyValidationError':
        throw new AppError('IDEMPOTENCY_KEY_REUSED');
      case 'IdempotencyPersistenceLayerError':
        // The idempotency table timed out or throttled under a rush: nothing ran, so "try again shortly" is the truth.
        throw new AppError('BUSY');
      default:
        throw error;
    }
  }
}
