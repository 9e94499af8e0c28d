import type { TransactItem } from '#commons/transact';
import { transact } from '#commons/transact';
import { tableName } from '#commons/config';
import { AppError } from '#commons/errors';
import { statDeltas, type Image } from '#domain/stats/deltas';
import type { Counters } from '#domain/stats/metrics';
import { counterKey, counterUpdates, type CounterUpdate } from '#domain/stats/rollup';
import { batchGetAll } from './query-all';

/**
 * Dashboard counters (MODEL.md "Counters", access patterns #68–#69): `STAT#<division>` / `P#<period>` items with one
 * numeric attribute per metric, kept by the stream consumer, and the `STATEVT#<eventID>` markers that make a
 * redelivered stream record a no-op.
 */
export const counterItemKey = (division: string, period: string) => ({ PK: `STAT#${division}`, SK: `P#${period}` });
/**
 * Community items of the stock and the years are also indexed by district for the brand-community ranking (#72). The
 * sort key leads with the period, so the ranking reads exactly one item per community and period it scores; monthly
 * items stay out of the index (sparse), as nothing lists them across communities.
 */
export const communityCounterIndex = (communityCode: string, period: string) =>
  communityCode.length === 12 && !period.startsWith('M') ? { GSI1PK: `STATS#${communityCode.slice(0, 6)}`, GSI1SK: `${period}#${communityCode}` } : undefined;
const markerKey = (eventId: string) => ({ PK: `STATEVT#${eventId}`, SK: 'STATEVT' });

/** Markers only need to outlive the stream's retention (24 h) and its retries. */
const MARKER_TTL_SECONDS = 3 * 24 * 3600;
/** Updates per transaction besides the marker (DynamoDB Local accepts 25 items; AWS 100). */
const UPDATES_PER_TRANSACTION = 24;

/** One change to the main table as the stream delivers it, images already unmarshalled. */
export interface StatRecord {
  eventId: string;
  /** When the change was made (the record's ApproximateCreationDateTime), ISO. */
  at: string;
  keys: { PK?: unknown; SK?: unknown };
  oldImage: Image;
  newImage: Image;
}

/**
 * Items the aggregator itself or the plumbing writes. Their records are dropped before anything else, so counters and
 * markers can never feed back into the stream (they would contribute nothing anyway: no counted `entity`).
 */
const NEVER_COUNTED = ['STAT#', 'STATEVT#', 'RATE#', 'TIMER#', 'META', 'PERSONAS', 'DIV#', 'WX#', 'USCC#', 'SUBONCE#'];
export const isNeverCounted = (pk: unknown) => typeof pk !== 'string' || NEVER_COUNTED.some((prefix) => pk.startsWith(prefix));

function counterUpdate(u: CounterUpdate): TransactItem {
  const metrics = Object.entries(u.add);
  const index = communityCounterIndex(u.division, u.period);
  const sets = ['#entity = :entity', '#division = :division', '#period = :period', ...(index ? ['GSI1PK = :gpk', 'GSI1SK = :gsk'] : [])];
  return {
    Update: {
      TableName: tableName(),
      Key: counterItemKey(u.division, u.period),
      UpdateExpression: `ADD ${metrics.map((_, i) => `#m${i} :m${i}`).join(', ')} SET ${sets.join(', ')}`,
      ExpressionAttributeNames: { '#entity': 'entity', '#division': 'divisionCode', '#period': 'period', ...Object.fromEntries(metrics.map(([metric], i) => [`#m${i}`, metric])) },
      ExpressionAttributeValues: {
        ':entity': 'stat', ':division': u.division, ':period': u.period,
        ...(index ? { ':gpk': index.GSI1PK, ':gsk': index.GSI1SK } : {}),
        ...Object.fromEntries(metrics.map(([, amount], i) => [`:m${i}`, amount])),
      },
    },
  };
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * Applies one stream record exactly once: the marker (`attribute_not_exists`) and the `ADD`s of every counter item it
 * touches commit together, so a redelivered record finds its marker and changes nothing. A record touching more items
 * than one transaction takes is split into numbered parts, each with its own marker, each exactly once.
 */
export async function applyStreamRecord(record: StatRecord): Promise<ApplyOutcome> {
  if (isNeverCounted(record.keys.PK)) return 'ignored';
  const updates = counterUpdates(statDeltas(record.oldImage, record.newImage, record.at));
  if (updates.length === 0) return 'ignored';
  const expiresAt = Math.floor(Date.parse(record.at) / 1000 || Date.now() / 1000) + MARKER_TTL_SECONDS;
  let outcome: ApplyOutcome = 'duplicate';
  for (let part = 0; part * UPDATES_PER_TRANSACTION < updates.length; part++) {
    const eventId = part === 0 ? record.eventId : `${record.eventId}#${part}`;
    const marker: TransactItem = {
      Put: { TableName: tableName(), Item: { ...markerKey(eventId), entity: 'stat-event', at: record.at, expiresAt }, ConditionExpression: 'attribute_not_exists(PK)' },
    };
    const items = updates.slice(part * UPDATES_PER_TRANSACTION, (part + 1) * UPDATES_PER_TRANSACTION).map(counterUpdate);
    // The stream is retried for a day: take longer than an API write would before giving the batch back.
    const result = await transact([marker, ...items], Date.now() + 30_000);
    if (result.committed) outcome = 'applied';
    else if (!result.failed.includes(0)) throw new AppError('BUSY', 'counter update refused');
  }
  return outcome;
}

/** Counter items by (division, period), missing ones as empty counters: one BatchGet per 100 (#68). */
export async function readCounters(pairs: { division: string; period: string }[]): Promise<Map<string, Counters>> {
  const found = await batchGetAll<Record<string, unknown>>(pairs.map((p) => counterItemKey(p.division, p.period)));
  const byKey = new Map<string, Counters>(pairs.map((p) => [counterKey(p.division, p.period), {}]));
  for (const item of found) {
    const counters: Counters = {};
    for (const [name, value] of Object.entries(item)) if (typeof value === 'number' && name !== 'expiresAt') counters[name] = value;
    byKey.set(counterKey(String(item.divisionCode), String(item.period)), counters);
  }
  return byKey;
}

/** Whole counter items for a bulk Put (seed, benchmark): the same shape the stream consumer's `ADD`s build up. */
export function counterItems(store: Map<string, Counters>): Record<string, unknown>[] {
  return [...store.entries()].map(([key, counters]) => {
    const [division, period] = key.split('|');
    return {
      ...counterItemKey(division, period),
      ...communityCounterIndex(division, period),
      entity: 'stat', divisionCode: division, period, ...counters,
    };
  });
}
