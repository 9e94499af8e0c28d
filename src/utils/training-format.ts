import type { TrainingSession, TrainingSummary } from '@contract'
import { formatDistance } from './format'

/** Shared wording for trainings: the 培训 tab (main package) and the training and staff sub-packages. */

const DAY_MS = 24 * 3600_000
/** Weihai is UTC+8 all year; dates are Weihai dates whatever the phone's time zone. */
const WEIHAI_OFFSET_MS = 8 * 3600_000

const ymd = (weihaiMs: number) => new Date(weihaiMs).toISOString().slice(0, 10)

export type WeekChoice = 'all' | 'this' | 'next'

export const WEEK_CHOICES: { value: WeekChoice; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'this', label: '本周' },
  { value: 'next', label: '下周' },
]

/** 本周 = today to Sunday; 下周 = next Monday to next Sunday (weeks start on Monday in China). */
export function weekRange(choice: WeekChoice, now: number = Date.now()): { from: string | null; to: string | null } {
  if (choice === 'all') return { from: null, to: null }
  const today = now + WEIHAI_OFFSET_MS
  const weekday = (new Date(today).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const sunday = today + (6 - weekday) * DAY_MS
  if (choice === 'this') return { from: ymd(today), to: ymd(sunday) }
  return { from: ymd(sunday + DAY_MS), to: ymd(sunday + 7 * DAY_MS) }
}

/** 「步行约 8 分钟」, 「约 3.2 公里」, or '' when the distance is unknown. */
export function trainingDistance(t: Pick<TrainingSummary, 'walkMinutes' | 'distanceMeters' | 'format'>): string {
  if (t.format === '线上') return '线上上课'
  if (t.walkMinutes) return `步行约 ${t.walkMinutes} 分钟`
  if (t.distanceMeters !== null) return formatDistance(t.distanceMeters)
  return ''
}

/** 「还剩 5 个名额」 or 「已满，可排候补（3 人候补）」. */
export function seatsText(s: Pick<TrainingSession, 'seatsLeft' | 'capacity' | 'waitlistCount'>): string {
  if (s.seatsLeft > 0) return `还剩 ${s.seatsLeft} 个名额（共 ${s.capacity} 个）`
  return s.waitlistCount > 0 ? `名额已满，可排候补（已有 ${s.waitlistCount} 人候补）` : '名额已满，可排候补'
}

/** 「候补第 2 位」 for a waitlisted booking, else its label (已预约, 已出勤…). */
export function bookingTitle(b: { status: string; statusLabel: string; waitlistPosition: number | null }): string {
  return b.status === 'waitlisted' ? `候补第 ${b.waitlistPosition ?? '?'} 位` : b.statusLabel
}

/** 「12 学时」, keeping a half hour (1.5 学时). */
export function hoursText(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} 学时`
}
