import { missingCounts, trackingOf, type ServiceCount } from '#domain/assistance/tracking';
import { byUrgency, urgencyOf, type Urgency } from '#domain/assistance/urgency';
import { weihaiDate } from '#domain/time/weihai-clock';
import type { AssistedPersonRow } from '#adapters/dynamo/assisted-persons';

export interface WorkItem {
  id: string;
  row: AssistedPersonRow;
  missing: ServiceCount[];
  urgency: Urgency;
}

/** The person's service year starts at 失业登记, else at the day they entered the ledger (domain/assistance/urgency.ts). */
export const anchorOf = (row: AssistedPersonRow) => row.unemploymentRegisteredOn ?? weihaiDate(Date.parse(row.createdAt));

/** Everyone behind on 「12333」, most urgent first (#66: counts from the items' `serviceDates`, sorted in memory). */
export function rankBehind(rows: readonly AssistedPersonRow[], today: string): WorkItem[] {
  return rows
    .map((row) => ({ row, tracking: trackingOf(row, today) }))
    .filter(({ tracking }) => tracking.behind)
    .map(({ row, tracking }) => ({
      id: row.id,
      row,
      missing: missingCounts(tracking.counts),
      urgency: urgencyOf({ id: row.id, counts: tracking.counts, anchor: anchorOf(row), lastServiceOn: tracking.lastServiceOn }, today),
    }))
    .sort(byUrgency);
}
