import { startStatsPump, type StatsPump } from '../../scripts/lib/stats-pump';

/**
 * The dashboard counters in integration tests: DynamoDB Local's stream read by the same pump `npm start` runs, on
 * demand. The pump starts at LATEST on the first call in a test file, so call `await drainStats()` once in beforeAll
 * to position it, and again after the events whose counters a test reads. Each test file has its own pump; a record
 * another file's pump applied first is skipped by its marker, and counted once all the same.
 */
let pump: Promise<StatsPump> | undefined;

export async function drainStats(): Promise<number> {
  pump ??= startStatsPump({ endpoint: process.env.DYNAMODB_ENDPOINT!, tableName: process.env.TABLE_NAME! });
  return (await pump).drain();
}
