import { AppError, SIGNUP_RUSH } from './errors';

/**
 * Admission control for a hot resource inside one process: at most `limit` requests work on the same key at once,
 * the rest wait in arrival order, and one that waited longer than `maxWaitMs` is told to try again (429) instead of
 * piling onto the database. On Lambda a container serves one request at a time, so this never queues there; the same
 * role is played by the function's reserved concurrency (serverless.yml). Locally, where serverless offline runs
 * every request in one process against DynamoDB Local, it keeps a rush from overwhelming the emulator.
 */
interface Gate {
  active: number;
  waiting: { admit: () => void; timer: NodeJS.Timeout }[];
}

const gates = new Map<string, Gate>();

export async function admitted<T>(key: string, limit: number, maxWaitMs: number, work: () => Promise<T>): Promise<T> {
  const gate = gates.get(key) ?? { active: 0, waiting: [] };
  gates.set(key, gate);
  if (gate.active >= limit) {
    await new Promise<void>((admit, refuse) => {
      const entry = {
        admit,
        timer: setTimeout(() => {
          gate.waiting.splice(gate.waiting.indexOf(entry), 1);
          refuse(new AppError('BUSY', SIGNUP_RUSH));
        }, maxWaitMs),
      };
      gate.waiting.push(entry);
    });
  } else {
    gate.active++;
  }
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit();
    } else {
      gate.active--;
      if (gate.active === 0) gates.delete(key);
    }
  }
}
