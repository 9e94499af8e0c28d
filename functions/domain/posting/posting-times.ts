import type { PostingSchedule } from '@contract';
import { weihaiInstant } from '../time/weihai-clock';

/**
 * A posting's schedule in Weihai local time (UTC+8) → the instants the rest of the app works with: the feed, the
 * booking engine and conflicts read `startsAt`/`endsAt`; a weekly schedule spans its first day's start to its last
 * day's end, which the engine treats as a long-term post.
 */
const WEEKDAY_NAMES = ['', '一', '二', '三', '四', '五', '六', '日'];


export interface PostingTimes {
  startsAt: string;
  endsAt: string;
  shiftHours: number;
  /** Set for weekly schedules, whose days the generic long-term text cannot say. */
  scheduleLabel: string | null;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export function postingTimes(schedule: PostingSchedule): PostingTimes {
  const shiftHours = (minutes(schedule.endTime) - minutes(schedule.startTime)) / 60;
  if (schedule.kind === 'once') {
    return { startsAt: weihaiInstant(schedule.date, schedule.startTime), endsAt: weihaiInstant(schedule.date, schedule.endTime), shiftHours, scheduleLabel: null };
  }
  const days = [...new Set(schedule.weekdays)].sort((a, b) => a - b);
  const dayText = days.length === 7 ? '每天' : `每周${days.map((d) => WEEKDAY_NAMES[d]).join('、')}`;
  return {
    startsAt: weihaiInstant(schedule.fromDate, schedule.startTime),
    endsAt: weihaiInstant(schedule.toDate, schedule.endTime),
    shiftHours,
    scheduleLabel: `${dayText} ${schedule.startTime}-${schedule.endTime}（${monthDay(schedule.fromDate)}至${monthDay(schedule.toDate)}）`,
  };
}
