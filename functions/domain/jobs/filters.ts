import type { JobTag, JobType, PayUnit, When } from '@contract';
import { DAY_MS, isEvening, isWeekend, weihaiClock } from '../time/weihai-clock';
import type { Job } from './job';

export interface JobFilters {
  types?: JobType[];
  minPay?: number;
  when?: When;
  tags?: JobTag[];
  q?: string;
}

/** Pay compared per day: 8 hours a day, 21.75 paid days a month (劳动法 月计薪天数). Piece rates have no daily figure. */
export const DAILY_EQUIVALENT: Record<PayUnit, number | null> = { '元/小时': 8, '元/天': 1, '元/月': 1 / 21.75, '元/件': null };

export function dailyPay(amount: number, unit: PayUnit): number | null {
  const factor = DAILY_EQUIVALENT[unit];
  return factor === null ? null : amount * factor;
}


/** A one-off shift (ends within a day of starting); time filters apply only to these, not to long-term posts. */
export function isShift(job: Pick<Job, 'startsAt' | 'endsAt'>): boolean {
  return Date.parse(job.endsAt) - Date.parse(job.startsAt) <= DAY_MS;
}

export function matchesWhen(job: Pick<Job, 'startsAt' | 'endsAt'>, when: When, now: number): boolean {
  if (!isShift(job)) return false;
  const start = Date.parse(job.startsAt);
  const end = Date.parse(job.endsAt);
  switch (when) {
    case 'today': {
      const today = weihaiClock(now).dayIndex;
      return weihaiClock(start).dayIndex <= today && weihaiClock(end).dayIndex >= today;
    }
    case 'week':
      return start < now + 7 * DAY_MS;
    case 'weekend':
      return isWeekend(weihaiClock(start));
    case 'evening':
      return isEvening(weihaiClock(start));
  }
}

export function matchesFilters(job: Job, filters: JobFilters, now: number): boolean {
  if (filters.types?.length && !filters.types.includes(job.type)) return false;
  if (filters.tags?.length && !filters.tags.every((tag) => job.tags.includes(tag))) return false;
  if (filters.minPay) {
    const daily = dailyPay(job.payAmount, job.payUnit);
    if (daily === null || daily < filters.minPay) return false;
  }
  if (filters.when && !matchesWhen(job, filters.when, now)) return false;
  if (filters.q) {
    const q = filters.q.toLowerCase();
    if (![job.title, job.orgName, job.description].some((text) => text.toLowerCase().includes(q))) return false;
  }
  return true;
}
