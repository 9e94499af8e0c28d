import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { stopProcess } from './processes';
import { portIsOpen, waitFor } from './ports';

/** serverless-offline (stage local) in its own process group, so stopping it stops its workers too. */
export async function startApiOffline(root: string, apiPort: number, lambdaPort: number, env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  for (const port of [apiPort, lambdaPort]) {
    if (await portIsOpen(port)) throw new Error(`port ${port} is already in use (set API_PORT / LAMBDA_PORT)`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/serverless/bin/serverless.js'), 'offline', 'start', '--stage', 'local', '--httpPort', String(apiPort), '--lambdaPort', String(lambdaPort)],
    { cwd: root, env: { ...process.env, ...env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    if (process.env.API_LOG === '1') process.stdout.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${apiPort}`;
  try {
    await waitFor('the API (serverless offline)', async () => {
      if (child.exitCode !== null) throw new Error(`serverless offline exited:\n${output}`);
      // serverless offline answers 200 even when a handler cannot load, so readiness is the body, not the status
      const response = await fetch(`${url}/health`);
      return response.ok && ((await response.json()) as { status?: string }).status === 'ok';
    }, 180_000, 500);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${(error as Error).message}\n--- serverless output ---\n${output}`);
  }
  return { url, stop: () => stopProcess(child, 5000) };
}
