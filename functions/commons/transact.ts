import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { AppError } from './errors';
import { ddb } from './dynamo';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Which of the items' conditions failed; empty when the transaction committed. */
export type TransactOutcome = { committed: true } | { committed: false; failed: number[] };

const RETRYABLE = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);
/** Retries of one transaction that lost to others on the same items; the write budget bounds the time too. */
const maxAttempts = () => Number(process.env.WRITE_ATTEMPTS ?? 30);
/**
 * Give up well inside the 10-second function timeout, so a rush gets a clear 429, never a timeout. The integration
 * tests, which have no function timeout, raise it to see the engine's answers under any load.
 */
export const writeBudgetMs = () => Number(process.env.WRITE_BUDGET_MS ?? 6000);

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 15 * 2 ** attempt)));

/**
 * One all-or-nothing write. Conflicts with other transactions on the same item (a hot job during a rush) are
 * retried with jittered backoff; failed conditions are returned by item index so the caller can say why in Chinese.
 * If the rush outlasts the retries the caller gets BUSY (429, "try again in a few seconds"), never a 500.
 */
export async function transact(items: TransactItem[], deadline = Date.now() + writeBudgetMs()): Promise<TransactOutcome> {
  // The SDK may resend a request whose answer was lost; with the token DynamoDB applies it once and answers success.
  const ClientRequestToken = randomUUID();
  for (let attempt = 0; attempt < maxAttempts() && Date.now() < deadline; attempt++) {
    try {
      await ddb().send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken }));
      return { committed: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) && (error as Error)?.name !== 'TransactionConflictException') throw error;
      const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
      const failed = reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
      if (failed.length) return { committed: false, failed };
      const retryable = (error as Error).name === 'TransactionConflictException' || reasons.some((reason) => RETRYABLE.has(reason.Code ?? ''));
      if (!retryable) throw error;
      await pause(attempt);
    }
  }
  throw new AppError('BUSY');
}
