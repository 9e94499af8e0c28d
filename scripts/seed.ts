/**
 * `npm run seed`: creates the tables if missing and loads Weihai's divisions and the demo data if not loaded yet.
 * Uses DYNAMODB_ENDPOINT (default: the local stack's DynamoDB) and STAGE (default local).
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTables, localClient } from './lib/dynamo-local';
import { loadLocalSecrets } from './lib/secrets';
import { seedIfEmpty } from './seed/index';

async function main() {
  const stage = process.env.STAGE ?? 'local';
  const endpoint = process.env.DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
  if (!process.env.PII_KEY) Object.assign(process.env, loadLocalSecrets(process.env.DATA_DIR ?? '.data'));
  const names = await ensureTables(endpoint, stage);
  const result = await seedIfEmpty(DynamoDBDocumentClient.from(localClient(endpoint)), names.MainTable);
  console.log(result.seeded ? `seed: wrote ${result.items} items to ${names.MainTable}` : `seed: ${names.MainTable} already seeded`);
}

main().catch((error) => {
  console.error('seed failed:', error);
  process.exit(1);
});
