import { counterItems } from '../../functions/adapters/dynamo/stats';
import { recount } from '../../functions/domain/stats/recount';

/**
 * The dashboard counters the seed's own items imply, computed with the stream consumer's functions (as if each item
 * had just been inserted) and written as whole items with the rest of the seed. The local stats pump starts after the
 * seed, at LATEST, so these items are counted exactly once. A reseed rewrites them to the seed's figures.
 */
export function seedCounterItems(items: Record<string, unknown>[], now = new Date()): Record<string, unknown>[] {
  return counterItems(recount(items, now.toISOString()));
}
