import { DAY_MS, weihaiClock } from '../time/weihai-clock';

/**
 * 供需见面会 / 招聘会 rules (威就办〔2023〕9号 三、7: 常态化举办 “家门口” 供需见面会、直播带岗、在线面试).
 * Pure functions of the event's times and the clock; storage lives in adapters/dynamo/events.ts.
 */
export interface EventTimes {
  startsAt: string;
  endsAt: string;
}

/** Residents see what starts within this many days, so the feed strip shows only what they can plan for. */
export const NEARBY_WINDOW_DAYS = 30;
/** Staff also see what ended this recently, to check the roster afterwards. */
export const STAFF_LOOKBACK_DAYS = 7;
/**
 * A fair lasts at most this long. Listings read a start-time range, so a bound on the length is what lets
 * "already started but still running" be found by reading back this far, with no Scan.
 */
export const MAX_EVENT_DAYS = 7;

export const hasEnded = (event: EventTimes, now: number) => Date.parse(event.endsAt) <= now;
export const hasStarted = (event: EventTimes, now: number) => Date.parse(event.startsAt) <= now;
/** Registration closes when the fair opens its doors: after that people simply walk in. */
export const canRegister = (event: EventTimes, now: number) => !hasStarted(event, now);
export const canCancel = canRegister;

/** Why a new event's times are not acceptable, in words staff understand; null when they are fine. */
export function timesProblem(event: EventTimes, now: number): string | null {
  if (Date.parse(event.startsAt) <= now) return '开始时间要晚于现在';
  if (Date.parse(event.endsAt) <= Date.parse(event.startsAt)) return '结束时间要晚于开始时间';
  if (Date.parse(event.endsAt) - Date.parse(event.startsAt) > MAX_EVENT_DAYS * DAY_MS) return `一场活动最长 ${MAX_EVENT_DAYS} 天`;
  return null;
}

/** The start-time range a listing reads: back far enough to catch running events, forward to `aheadDays`. */
export function startRange(now: number, back: number, aheadDays: number): { from: string; to: string } {
  return { from: new Date(now - back).toISOString(), to: new Date(now + aheadDays * DAY_MS).toISOString() };
}

/** For residents: not ended and starting within the next 30 days. */
export const inNearbyWindow = (event: EventTimes, now: number) =>
  !hasEnded(event, now) && Date.parse(event.startsAt) <= now + NEARBY_WINDOW_DAYS * DAY_MS;

/** For staff: anything upcoming, and what ended in the last 7 days. */
export const inStaffWindow = (event: EventTimes, now: number) => Date.parse(event.endsAt) > now - STAFF_LOOKBACK_DAYS * DAY_MS;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const local = (iso: string) => weihaiClock(Date.parse(iso)).asUtcFields;
const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
const dayText = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`;

/** When the fair is, in Weihai time: 「6月12日 周三 09:00-11:30」, or both ends when it spans days. */
export function eventScheduleText(startsAt: string, endsAt: string): string {
  const start = local(startsAt);
  const end = local(endsAt);
  const sameDay = start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10);
  return sameDay ? `${dayText(start)} ${hhmm(start)}-${hhmm(end)}` : `${dayText(start)} ${hhmm(start)} 至 ${dayText(end)} ${hhmm(end)}`;
}

/** Just the start, for messages: 「6月12日 周三 09:00」. */
export const eventStartText = (startsAt: string) => `${dayText(local(startsAt))} ${hhmm(local(startsAt))}`;
