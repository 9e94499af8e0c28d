import { httpHandler } from '#commons/http';
import { stage } from '#commons/config';
import { pingTable } from '#adapters/dynamo/health';

export const handler = httpHandler('health', async () => {
  const started = performance.now();
  let dynamodb: { ok: boolean; latencyMs: number; message?: string };
  try {
    await pingTable();
    dynamodb = { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    dynamodb = { ok: false, latencyMs: Math.round(performance.now() - started), message: (error as Error).name };
  }
  return { status: dynamodb.ok ? ('ok' as const) : ('degraded' as const), stage: stage(), time: new Date().toISOString(), checks: { dynamodb } };
});
