import { contributions, type Image } from './deltas';
import type { Counters } from './metrics';
import { applyUpdates, counterUpdates } from './rollup';

/**
 * Every counter recomputed from the items as they stand (their history arrays say what happened when): what the
 * stream-kept counters must equal (the property test), and how the seed writes the counters its items imply.
 * Keys are `counterKey(division, period)`; metrics that sum to zero are left out.
 */
export function recount(items: Iterable<Image>, asOf: string): Map<string, Counters> {
  const all = [...items].flatMap((item) => contributions(item, asOf));
  const store = applyUpdates(new Map(), counterUpdates(all));
  for (const [key, counters] of store) {
    for (const [metric, amount] of Object.entries(counters)) if (amount === 0) delete counters[metric];
    if (Object.keys(counters).length === 0) store.delete(key);
  }
  return store;
}
