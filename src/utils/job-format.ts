import type { JobCard, PayUnit } from '@contract'

/**
 * How jobs read on a card. Times are shown in Weihai time (UTC+8, no daylight saving) whatever the phone's
 * time zone, the same way the API's `when` filter counts days (functions/domain/jobs/filters.ts).
 */

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

export interface LocalTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday */
  weekday: number
  /** Days since 1970-01-01 in UTC+8: equal for two instants on the same local day. */
  dayIndex: number
}

export function weihaiTime(input: string | number): LocalTime | null {
  const ms = typeof input === 'number' ? input : Date.parse(input)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms + OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
    dayIndex: Math.floor((ms + OFFSET_MS) / DAY_MS),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
const clock = (t: LocalTime) => `${pad(t.hour)}:${pad(t.minute)}`

export function weekdayLabel(t: LocalTime): string {
  return WEEKDAYS[t.weekday]
}

/** A one-off shift (ends within a day of starting). Longer posts are 长期 and have no time filter. */
export function isShift(job: Pick<JobCard, 'startsAt' | 'endsAt'>): boolean {
  const start = Date.parse(job.startsAt)
  const end = Date.parse(job.endsAt)
  return !Number.isNaN(start) && !Number.isNaN(end) && end - start <= DAY_MS
}

/** 「今天」「明天 周六」「11月28日 周六」 (the year only when it differs from now's). */
export function dayLabel(t: LocalTime, now: number = Date.now()): string {
  const today = weihaiTime(now)!
  if (t.dayIndex === today.dayIndex) return '今天'
  if (t.dayIndex === today.dayIndex + 1) return `明天 ${weekdayLabel(t)}`
  const date = `${t.month}月${t.day}日 ${weekdayLabel(t)}`
  return t.year === today.year ? date : `${t.year}年${date}`
}

/**
 * When the work happens, for a card: 「今天 09:00-12:00」, 「11月28日 周六 08:00-17:00」, 「22:00-次日06:00」 for a
 * night shift, and 「长期」 for full-time and other long-term posts.
 */
export function formatJobWhen(job: Pick<JobCard, 'startsAt' | 'endsAt'>, now: number = Date.now()): string {
  const start = weihaiTime(job.startsAt)
  const end = weihaiTime(job.endsAt)
  if (!start || !end) return ''
  if (!isShift(job)) return '长期'
  const endText = end.dayIndex === start.dayIndex ? clock(end) : `次日${clock(end)}`
  return `${dayLabel(start, now)} ${clock(start)}-${endText}`
}

/** For long-term posts whose start is still ahead: 「12月1日起」; otherwise ''. */
export function formatLongTermStart(job: Pick<JobCard, 'startsAt' | 'endsAt'>, now: number = Date.now()): string {
  if (isShift(job)) return ''
  const start = weihaiTime(job.startsAt)
  const today = weihaiTime(now)
  if (!start || !today || start.dayIndex <= today.dayIndex) return ''
  return `${start.month}月${start.day}日起`
}

/** 25 → 「25」, 1.5 → 「1.5」, 5500 → 「5500」. */
export function formatPayAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100)
}

export function formatPay(amount: number, unit: PayUnit): string {
  return `${formatPayAmount(amount)} ${unit}`
}

/** Walking distance reads better as minutes up to ~25 minutes (2 km); beyond that, kilometres. */
const WALK_MAX_MINUTES = 25

export function formatJobDistance(job: Pick<JobCard, 'distanceMeters' | 'walkMinutes'>): string {
  if (job.walkMinutes <= WALK_MAX_MINUTES) return `步行 ${job.walkMinutes} 分钟`
  return `${(job.distanceMeters / 1000).toFixed(1)} 公里`
}

export function formatHeadcount(job: Pick<JobCard, 'headcountLeft'>): string {
  return job.headcountLeft > 0 ? `还差 ${job.headcountLeft} 人` : '已招满'
}
