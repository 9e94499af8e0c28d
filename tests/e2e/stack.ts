import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/ports';
import { stopProcess } from '../../scripts/lib/processes';

/**
 * End-to-end tests run `npm start` itself (scripts/start.ts) on free ports with a throwaway data folder,
 * so they prove the newcomer's command works, then stop it as Ctrl-C would.
 */
const root = resolve(__dirname, '../..');
let child: ChildProcess | undefined;
let dataDir: string | undefined;

export async function startE2eStack() {
  dataDir = mkdtempSync(join(tmpdir(), 'doorstep-e2e-'));
  const ports = { DYNAMODB_PORT: await freePort(), S3_PORT: await freePort(), API_PORT: await freePort(), LAMBDA_PORT: await freePort(), H5_PORT: await freePort() };
  child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start did not come up in 240 s:\n${output.slice(-3000)}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('家门口就业 已启动')) {
        clearTimeout(timer);
        ready();
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm start exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
  process.env.E2E_H5_URL = `http://127.0.0.1:${ports.H5_PORT}/`;
  process.env.E2E_API_URL = `http://127.0.0.1:${ports.API_PORT}`;
  process.env.E2E_DYNAMODB_URL = `http://127.0.0.1:${ports.DYNAMODB_PORT}`;
  process.env.E2E_START_OUTPUT = output;
}

export async function stopE2eStack() {
  await stopProcess(child, 10_000);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
