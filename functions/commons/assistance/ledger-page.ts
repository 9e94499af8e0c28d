import type { AssistedCategory } from '@contract';
import { trackingOf } from '#domain/assistance/tracking';
import { listPersons, type AssistedPersonRow } from '#adapters/dynamo/assisted-persons';

/** Reads of one 台账 page; a sparse filter stops here rather than walking the whole district for one page. */
const MAX_READS = 20;

/**
 * One page of the ledger with the category and 「只看未达标」 filters applied in memory (#63). Each read asks only for
 * as many as the page still lacks, so the cursor never skips a person the filter would have kept.
 */
export async function ledgerPage(
  division: string,
  filters: { category?: AssistedCategory; behind?: boolean },
  limit: number,
  cursor: string | undefined,
  today: string,
): Promise<{ rows: AssistedPersonRow[]; nextCursor: string | null }> {
  const keep = (row: AssistedPersonRow) =>
    (!filters.category || row.categories.includes(filters.category)) && (filters.behind === undefined || trackingOf(row, today).behind === filters.behind);
  const rows: AssistedPersonRow[] = [];
  let next: string | null = cursor ?? null;
  for (let reads = 0; reads < MAX_READS && rows.length < limit; reads++) {
    const page = await listPersons(division, limit - rows.length, next ?? undefined);
    rows.push(...page.rows.filter(keep));
    next = page.nextCursor;
    if (!next) break;
  }
  return { rows, nextCursor: next };
}
