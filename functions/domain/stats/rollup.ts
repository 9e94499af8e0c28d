import type { StatDelta } from './deltas';
import type { Counters } from './metrics';

/**
 * A community's delta also counts for its street, district and city (codes nest by prefix, MODEL.md), so every level
 * reads its own item instead of adding up the level below at read time.
 */
export const LEVEL_LENGTHS = [12, 9, 6, 4] as const;

export interface DivisionDelta { division: string; period: string; metric: string; amount: number }

/** One community delta → the same delta on the community, street (code[0..9]), district (code[0..6]) and city (3710). */
export function rollup(delta: StatDelta): DivisionDelta[] {
  return LEVEL_LENGTHS.map((length) => ({ division: delta.communityCode.slice(0, length), period: delta.period, metric: delta.metric, amount: delta.amount }));
}

/** What one write adds to one counter item (`STAT#<division>` / `P#<period>`). */
export interface CounterUpdate { division: string; period: string; add: Counters }

export const counterKey = (division: string, period: string) => `${division}|${period}`;

/** Deltas rolled up and grouped per counter item, zero sums dropped, in a fixed order (so a replay splits the same way). */
export function counterUpdates(deltas: Iterable<StatDelta>): CounterUpdate[] {
  const items = new Map<string, CounterUpdate>();
  for (const delta of deltas) {
    for (const d of rollup(delta)) {
      const key = counterKey(d.division, d.period);
      const item = items.get(key) ?? { division: d.division, period: d.period, add: {} };
      item.add[d.metric] = (item.add[d.metric] ?? 0) + d.amount;
      items.set(key, item);
    }
  }
  return [...items.keys()]
    .sort()
    .map((key) => items.get(key)!)
    .map((u) => ({ ...u, add: Object.fromEntries(Object.entries(u.add).filter(([, amount]) => amount !== 0)) }))
    .filter((u) => Object.keys(u.add).length > 0);
}

/** Adds updates to counters held in memory (the seed's totals, tests): what `ADD` does to the items. */
export function applyUpdates(store: Map<string, Counters>, updates: Iterable<CounterUpdate>): Map<string, Counters> {
  for (const u of updates) {
    const key = counterKey(u.division, u.period);
    const counters = store.get(key) ?? {};
    for (const [metric, amount] of Object.entries(u.add)) counters[metric] = (counters[metric] ?? 0) + amount;
    store.set(key, counters);
  }
  return store;
}
