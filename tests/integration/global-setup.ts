import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { ensureTables, startDynamoLocal } from '../../scripts/lib/dynamo-local';
import { freePort } from '../../scripts/lib/ports';
import { startS3Local } from '../../scripts/lib/s3-local';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One in-memory DynamoDB Local and one s3rver on a free port for all integration tests, with the real tables and seed.
 * Workers inherit these environment variables, which is how the handlers under test find the database.
 */
export default async function globalSetup() {
  const dynamo = await startDynamoLocal(await freePort());
  const s3 = await startS3Local(await freePort(), mkdtempSync(join(tmpdir(), 'doorstep-s3-')), 'doorstep-jobs-test-uploads');
  Object.assign(process.env, {
    S3_ENDPOINT: s3.endpoint,
    UPLOADS_BUCKET: 'doorstep-jobs-test-uploads',
    STAGE: 'test',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_KEY: randomBytes(32).toString('base64'),
    AWS_REGION: 'cn-northwest-1',
    // no admission gate here: the engine itself must stay exact with every request in flight at once
    SIGNUP_CONCURRENCY_PER_JOB: '100000',
    WRITE_BUDGET_MS: '120000',
    // several test files rush their own seat counters at once on two cores: exactness is checked, not speed
    WRITE_ATTEMPTS: '1000',
    DYNAMODB_REQUEST_TIMEOUT_MS: '60000',
  });
  const names = await ensureTables(dynamo.endpoint, 'test');
  process.env.TABLE_NAME = names.MainTable;
  process.env.IDEMPOTENCY_TABLE_NAME = names.IdempotencyTable;
  // The seed runs as `npm run seed` does (tsx resolves the path aliases that jest's global setup cannot).
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts'], { env: process.env, stdio: 'inherit' });
  (globalThis as { __dynamo?: typeof dynamo; __s3?: typeof s3 }).__dynamo = dynamo;
  (globalThis as { __s3?: typeof s3 }).__s3 = s3;
}
