import dayjs from 'dayjs';

/**
 * The 「12333」 window: 鲁就办〔2023〕13号 三、16 asks for each person「1年内至少开展 2次政策对接、提供 3次职业指导、推荐 3 次
 * 岗位信息、提供 3次技能培训信息」 (威就办〔2023〕9号 三、1 the same). We read 「1年内」 as a rolling 12 months ending today
 * (Weihai date), so a count never drops to zero on a calendar date:
 *
 *   a service dated D counts on day T  ⇔  T − 12 months < D ≤ T
 *
 * i.e. a service exactly 12 months ago by calendar date (2025-11-23 seen on 2026-11-23) is OUT, the day after it
 * (2025-11-24) is IN. "T − 12 months" is calendar arithmetic, clamped at month end (2024-02-29 − 12 months = 2023-02-28).
 * Dates are YYYY-MM-DD strings, so comparisons are string comparisons on whole days.
 */
export const WINDOW_MONTHS = 12;

/** Services the person item keeps per type: twice the window, so last year's figures stay answerable. */
export const KEPT_MONTHS = 24;

export const monthsBefore = (date: string, months: number) => dayjs(date).subtract(months, 'month').format('YYYY-MM-DD');
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');
export const addDays = (date: string, days: number) => dayjs(date).add(days, 'day').format('YYYY-MM-DD');

/** First day in the window (inclusive) and today (inclusive). */
export function windowOf(today: string): { from: string; to: string } {
  return { from: addDays(monthsBefore(today, WINDOW_MONTHS), 1), to: today };
}

export function inWindow(date: string, today: string): boolean {
  return date > monthsBefore(today, WINDOW_MONTHS) && date <= today;
}

/** What the person item keeps after a write: dates newer than KEPT_MONTHS, oldest first. */
export function keptDates(dates: readonly string[], today: string): string[] {
  const cutoff = monthsBefore(today, KEPT_MONTHS);
  return dates.filter((d) => d > cutoff).sort();
}
