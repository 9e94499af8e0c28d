import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { applyStreamRecord, isNeverCounted, type StatRecord } from '../../functions/adapters/dynamo/stats';
import { localClient } from './dynamo-local';

/**
 * On AWS the main table's stream invokes `aggregateStats` (serverless.yml). serverless-offline has no stream events,
 * so locally this pump reads DynamoDB Local's stream itself — from LATEST when it starts, every shard, following
 * NextShardIterator and shards that appear later — and hands each record to the same applyStreamRecord.
 */
export interface StatsPump {
  /** Reads until two reads in a row bring nothing; returns how many records it handled. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

interface ShardCursor { id: string; parentId?: string; iterator?: string; lastSequence?: string; pending: StreamRecord[] }

const plain = (image: unknown) => (image ? unmarshall(image as Parameters<typeof unmarshall>[0]) : null);

function statRecordOf(record: StreamRecord): StatRecord {
  const at = record.dynamodb?.ApproximateCreationDateTime;
  return {
    eventId: record.eventID ?? record.dynamodb?.SequenceNumber ?? '',
    at: (at instanceof Date ? at : new Date()).toISOString(),
    keys: plain(record.dynamodb?.Keys) ?? {},
    oldImage: plain(record.dynamodb?.OldImage),
    newImage: plain(record.dynamodb?.NewImage),
  };
}

export async function startStatsPump(options: { endpoint: string; tableName: string; everyMs?: number }): Promise<StatsPump> {
  const { endpoint, tableName } = options;
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const streams = new DynamoDBStreamsClient({ endpoint, region: 'cn-northwest-1', credentials });
  const { Table } = await localClient(endpoint).send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`${tableName} has no stream (infra/tables.js MainTable.stream)`);
  // applyStreamRecord finds the table and DynamoDB through the environment, as the Lambda does.
  Object.assign(process.env, { DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName });

  const shards = new Map<string, ShardCursor>();
  const finished = new Set<string>();

  const listShards = async (): Promise<Shard[]> => {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      all.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  };

  const iteratorFor = async (shard: ShardCursor, type: 'LATEST' | 'TRIM_HORIZON') => {
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn, ShardId: shard.id,
        ...(shard.lastSequence ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: shard.lastSequence } : { ShardIteratorType: type }),
      }),
    );
    shard.iterator = ShardIterator;
  };

  /** Shards open at start are read from LATEST (older records are the seed's); shards that appear later from their start. */
  const discover = async (initial: boolean) => {
    for (const s of await listShards()) {
      const id = s.ShardId!;
      if (shards.has(id) || finished.has(id)) continue;
      if (initial && s.SequenceNumberRange?.EndingSequenceNumber) {
        finished.add(id);
        continue;
      }
      const cursor: ShardCursor = { id, parentId: s.ParentShardId, pending: [] };
      await iteratorFor(cursor, initial ? 'LATEST' : 'TRIM_HORIZON');
      shards.set(id, cursor);
    }
  };

  /** One pass over every readable shard; a child shard waits until its parent is read to the end (order per item). */
  const readOnce = async (): Promise<number> => {
    let handled = 0;
    await discover(false);
    for (const shard of [...shards.values()]) {
      if (shard.parentId && shards.has(shard.parentId)) continue;
      if (!shard.pending.length && shard.iterator) {
        try {
          const page = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
          shard.pending = page.Records ?? [];
          shard.iterator = page.NextShardIterator;
        } catch (error) {
          if (!(error instanceof ExpiredIteratorException)) throw error;
          await iteratorFor(shard, 'LATEST');
          continue;
        }
      }
      // In order; a record that fails stays first in line for the next pass (it is applied at most once anyway).
      while (shard.pending.length) {
        const record = shard.pending[0];
        if (!isNeverCounted((record.dynamodb?.Keys?.PK as { S?: string } | undefined)?.S)) await applyStreamRecord(statRecordOf(record));
        shard.lastSequence = record.dynamodb?.SequenceNumber;
        shard.pending.shift();
        handled++;
      }
      if (!shard.iterator) {
        shards.delete(shard.id);
        finished.add(shard.id);
      }
    }
    return handled;
  };

  // One reader at a time: the background loop and drain() share the cursors.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  await discover(true);

  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  if (options.everyMs) {
    const tick = () => {
      if (stopped) return;
      exclusive(readOnce)
        .catch((error) => console.warn('stats pump:', (error as Error).name, (error as Error).message))
        .finally(() => {
          if (!stopped) timer = setTimeout(tick, options.everyMs).unref();
        });
    };
    timer = setTimeout(tick, options.everyMs).unref();
  }

  return {
    drain: () =>
      exclusive(async () => {
        let total = 0;
        for (let empty = 0; empty < 2; ) {
          const handled = await readOnce();
          total += handled;
          empty = handled === 0 ? empty + 1 : 0;
          if (handled === 0) await new Promise((r) => setTimeout(r, 100));
        }
        return total;
      }),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await queue;
      streams.destroy();
    },
  };
}
