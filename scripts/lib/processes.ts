import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child and everything it started. DynamoDB Local (Java) ignores SIGTERM for a while, so after a grace
 * period the whole process group gets SIGKILL; otherwise stray processes keep the ports busy.
 */
export async function stopProcess(child: ChildProcess | undefined, graceMs = 3000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      try { child.kill(signal); } catch { /* already gone */ }
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
