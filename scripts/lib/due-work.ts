import { sweepDueWork } from '../../functions/handlers/scheduled/sweep-due-work';

/**
 * On AWS an EventBridge schedule runs the sweeper every 5 minutes (serverless.yml `sweepDueWork`); serverless-offline
 * does not run schedules, so the local stack calls the same code once a minute.
 */
export function startDueWorkTimer(env: { DYNAMODB_ENDPOINT: string; TABLE_NAME: string }, everyMs = 60_000): () => Promise<void> {
  Object.assign(process.env, env);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepDueWork().catch((error) => console.warn('due-work sweep failed:', (error as Error).name));
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
