/**
 * Weihai local time (China Standard Time, UTC+8, no daylight saving), computed without a time-zone library:
 * the feed's 今天/周末/晚上 filters, matching's availability and the schedule text all read the clock here.
 */
export const WEIHAI_UTC_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 24 * 3600_000;
/** A start at or after 17:00 local time counts as 晚上. */
export const EVENING_STARTS_AT_HOUR = 17;

export interface WeihaiClock {
  /** Days since 1970-01-01 in local time: equal for two instants on the same local date. */
  dayIndex: number;
  hour: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** A Date whose UTC fields read as Weihai local time (for formatting). */
  asUtcFields: Date;
}

export function weihaiClock(ms: number): WeihaiClock {
  const asUtcFields = new Date(ms + WEIHAI_UTC_OFFSET_MS);
  return { dayIndex: Math.floor((ms + WEIHAI_UTC_OFFSET_MS) / DAY_MS), hour: asUtcFields.getUTCHours(), weekday: asUtcFields.getUTCDay(), asUtcFields };
}

export const isWeekend = (clock: WeihaiClock) => clock.weekday === 0 || clock.weekday === 6;
export const isEvening = (clock: WeihaiClock) => clock.hour >= EVENING_STARTS_AT_HOUR;

/** A Weihai wall-clock date (YYYY-MM-DD) and time (HH:mm) as an ISO instant. */
export const weihaiInstant = (date: string, time: string) => new Date(Date.parse(`${date}T${time}:00Z`) - WEIHAI_UTC_OFFSET_MS).toISOString();

/** The Weihai date (YYYY-MM-DD) and time (HH:mm) of an instant. */
export function weihaiDateTime(ms: number): { date: string; time: string } {
  const local = new Date(ms + WEIHAI_UTC_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

export const weihaiDate = (ms: number) => weihaiDateTime(ms).date;
