import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { seedIfEmpty } from '../seed/index';
import { startApiOffline } from './api-offline';
import { startDueWorkTimer } from './due-work';
import { ensureTables, localClient, startDynamoLocal } from './dynamo-local';
import { ensureH5Build } from './h5-build';
import { startH5Server } from './h5-server';
import { startS3Local } from './s3-local';
import { startStatsPump } from './stats-pump';
import { loadLocalSecrets } from './secrets';

export interface StackOptions {
  root: string;
  dataDir: string;
  ports: { dynamodb: number; s3: number; api: number; lambda: number; h5: number };
  /** The benchmark needs only the API. */
  withoutH5?: boolean;
  /** The benchmark writes the dashboard counters of its generated events itself. */
  withoutStatsPump?: boolean;
}

export interface RunningStack {
  urls: { h5: string; api: string; docs: string; dynamodb: string; s3: string };
  seeded: { seeded: boolean; items: number };
  stop(): Promise<void>;
}

export const UPLOADS_BUCKET = 'doorstep-jobs-local-uploads';

/**
 * The whole local system in one process tree: DynamoDB Local, S3 (s3rver), the API (serverless offline),
 * and the H5 app with /api forwarded. Data lives in `dataDir`, so a second start keeps it.
 */
export async function startStack({ root, dataDir, ports, withoutH5, withoutStatsPump }: StackOptions): Promise<RunningStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
  };
  try {
    const secrets = loadLocalSecrets(dataDir);
    const dynamo = await startDynamoLocal(ports.dynamodb, join(dataDir, 'dynamodb'));
    stops.push(dynamo.stop);
    const names = await ensureTables(dynamo.endpoint, 'local');
    Object.assign(process.env, secrets);
    const seeded = await seedIfEmpty(DynamoDBDocumentClient.from(localClient(dynamo.endpoint)), names.MainTable);
    // After the seed (which writes its own counters) and before the API takes any write: the dashboard counters.
    if (!withoutStatsPump) {
      const pump = await startStatsPump({ endpoint: dynamo.endpoint, tableName: names.MainTable, everyMs: 1000 });
      stops.push(pump.stop);
    }

    const s3 = await startS3Local(ports.s3, join(dataDir, 's3'), UPLOADS_BUCKET);
    stops.push(s3.stop);

    const api = await startApiOffline(root, ports.api, ports.lambda, {
      ...secrets,
      STAGE: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      S3_ENDPOINT: s3.endpoint,
      UPLOADS_BUCKET,
      AWS_REGION: 'cn-northwest-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      PUBLIC_API_URL: `http://127.0.0.1:${ports.h5}/api`,
    });
    stops.push(api.stop);
    stops.push(startDueWorkTimer({ DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_NAME: names.MainTable }));

    if (!withoutH5) {
      ensureH5Build(root);
      const h5: Server = await startH5Server(ports.h5, resolve(root, 'dist/h5'), ports.api);
      stops.push(() => new Promise((done) => { h5.closeAllConnections(); h5.close(() => done()); }));
    }

    return {
      urls: { h5: `http://127.0.0.1:${ports.h5}/`, api: api.url, docs: `${api.url}/docs`, dynamodb: dynamo.endpoint, s3: s3.endpoint },
      seeded,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
