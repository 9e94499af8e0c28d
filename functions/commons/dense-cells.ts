import type { DenseCellMemory } from '#domain/jobs/feed';

/**
 * Per-container memory of crowded feed cells. Density changes slowly; forgetting after a few minutes keeps a
 * cell that has emptied from being split for long. Bounded, so a container's memory cannot grow without limit.
 */
const TTL_MS = 5 * 60_000;
const MAX_CELLS = 20_000;
const seen = new Map<string, number>();

export const denseCells: DenseCellMemory = {
  has(cell) {
    const until = seen.get(cell);
    if (until === undefined) return false;
    if (until < Date.now()) {
      seen.delete(cell);
      return false;
    }
    return true;
  },
  add(cell) {
    if (seen.size >= MAX_CELLS) seen.delete(seen.keys().next().value!);
    seen.set(cell, Date.now() + TTL_MS);
  },
};
