import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '#commons/dynamo';
import { tableName } from '#commons/config';
import type { TransactItem } from '#commons/transact';
import { keys } from './keys';

/** 'training-reminder' timers carry a training booking id in `signupId` (the sweeper tells them apart by kind). */
export type TimerKind = 'attendance' | 'reminder' | 'training-reminder';

export interface TimerRow {
  PK: string;
  SK: string;
  kind: TimerKind;
  signupId: string;
  dueAt: string;
}

/** Due work as a transaction item, written with the change that makes it due. */
export function timerPut(dueMs: number, kind: TimerKind, signupId: string): TransactItem {
  const dueAt = new Date(dueMs).toISOString();
  return { Put: { TableName: tableName(), Item: { ...keys.timer(dueAt, kind, signupId), entity: 'timer', kind, signupId, dueAt } } };
}

/** Timers due by `now`, from the last `lookbackDays` day partitions (a sweeper that was down catches up). */
export async function dueTimers(now: number, lookbackDays = 7, limit = 200): Promise<TimerRow[]> {
  const nowIso = new Date(now).toISOString();
  const due: TimerRow[] = [];
  for (let back = lookbackDays; back >= 0 && due.length < limit; back--) {
    const day = new Date(now - back * 86_400_000).toISOString().slice(0, 10);
    const page = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND SK <= :now',
        ExpressionAttributeValues: { ':pk': keys.timerDay(day), ':now': `${nowIso}~` },
        Limit: limit - due.length,
      }),
    );
    due.push(...((page.Items ?? []) as TimerRow[]));
  }
  return due;
}

export async function deleteTimer(timer: Pick<TimerRow, 'PK' | 'SK'>): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: tableName(), Key: { PK: timer.PK, SK: timer.SK } }));
}
