import dayjs from 'dayjs';
import { daysBetween } from './window';
import { missingCounts, type ServiceCount } from './tracking';

/**
 * Who to serve first on the 「12333」 待办. Each person has a service year that starts on their 失业登记日期 (else the day
 * they entered the ledger) and renews on its anniversary; 鲁就办〔2023〕13号 三、16 asks for the services 「1年内」.
 *
 *   urgency = missing × 30 / daysLeft  +  min(daysSinceLast, 365) / 365
 *
 * The first term is the pace needed to catch up: services still owed per 30 days left in the person's year, so
 * 5 missing with 40 days left (3.75) comes before 11 missing with a whole year left (0.9). The second term (0–1)
 * breaks near-ties in favour of whoever has waited longest since any service (since the anchor when never served).
 * Equal urgencies fall back to more missing, then the longer wait, then id, so the order is fully deterministic.
 */
export const PACE_DAYS = 30;
export const STALE_CAP_DAYS = 365;

export interface UrgencyInput {
  id: string;
  counts: readonly ServiceCount[];
  /** 失业登记日期, else the Weihai date the person entered the ledger. */
  anchor: string;
  lastServiceOn: string | null;
}

export interface Urgency {
  urgency: number;
  missing: number;
  daysLeft: number;
  daysSinceLast: number;
  label: string;
}

/** Days from today to the next anniversary of the anchor (1–366): how much of the person's year remains. */
export function daysLeftInServiceYear(anchor: string, today: string): number {
  const start = dayjs(anchor);
  const now = dayjs(today);
  if (!start.isBefore(now)) return daysBetween(today, start.add(1, 'year').format('YYYY-MM-DD'));
  let years = now.year() - start.year();
  let next = start.add(years, 'year');
  if (!next.isAfter(now)) next = start.add(++years, 'year');
  return daysBetween(today, next.format('YYYY-MM-DD'));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function urgencyOf(person: UrgencyInput, today: string): Urgency {
  const missing = missingCounts(person.counts).reduce((sum, c) => sum + c.missing, 0);
  const daysLeft = Math.max(1, daysLeftInServiceYear(person.anchor, today));
  const since = person.lastServiceOn ?? person.anchor;
  const daysSinceLast = Math.min(STALE_CAP_DAYS, Math.max(0, daysBetween(since, today)));
  const urgency = round2((missing * PACE_DAYS) / daysLeft + daysSinceLast / STALE_CAP_DAYS);
  const wait = person.lastServiceOn ? `上次服务在 ${daysSinceLast} 天前` : '还没有服务记录';
  return { urgency, missing, daysLeft, daysSinceLast, label: `还差 ${missing} 次，本周期剩 ${daysLeft} 天，${wait}` };
}

/** Most urgent first; see the formula above for the tie-breaks. */
export function byUrgency<T extends { id: string; urgency: Urgency }>(a: T, b: T): number {
  return b.urgency.urgency - a.urgency.urgency || b.urgency.missing - a.urgency.missing || b.urgency.daysSinceLast - a.urgency.daysSinceLast || a.id.localeCompare(b.id);
}
