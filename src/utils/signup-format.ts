import type { MySignup, SignupEvent, SignupStatus } from '@contract'
import { SIGNUP_EVENT_LABEL, SIGNUP_FINAL_STATUSES } from '@/constants/signups'
import { dayLabel, weihaiTime } from './job-format'

const pad = (n: number) => String(n).padStart(2, '0')

/** 「今天 14:05」「明天 周六 08:00」「11月28日 周六 09:30」, in Weihai time. */
export function formatMoment(iso: string, now: number = Date.now()): string {
  const t = weihaiTime(iso)
  if (!t) return ''
  return `${dayLabel(t, now)} ${pad(t.hour)}:${pad(t.minute)}`
}

export interface TimelineStep {
  key: string
  title: string
  /** When it happened; null for steps still ahead. */
  at: string | null
  note: string | null
  by: SignupEvent['by'] | null
  status: SignupStatus | null
  done: boolean
}

const AHEAD: Partial<Record<SignupStatus, string[]>> = {
  pending: ['社区审核', '到岗签到', '确认完工'],
  waitlisted: ['递补后审核', '到岗签到', '确认完工'],
  approved: ['到岗签到', '确认完工'],
  checked_in: ['确认完工'],
}

/**
 * The vertical timeline of one sign-up: what happened (`history`, oldest first), then, while it is still going,
 * the steps ahead in grey — 报名 → 审核通过/未通过 → 签到 → 完成/缺勤, or 取消.
 */
export function timeline(s: Pick<MySignup, 'status' | 'history'>): TimelineStep[] {
  const past = [...s.history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((e, i) => ({
      key: `done-${i}`,
      title: SIGNUP_EVENT_LABEL[e.status],
      at: e.at,
      note: e.note,
      by: e.by,
      status: e.status,
      done: true,
    }))
  if ((SIGNUP_FINAL_STATUSES as readonly SignupStatus[]).includes(s.status)) return past
  const ahead = (AHEAD[s.status] ?? []).map((title, i) => ({
    key: `ahead-${i}`,
    title,
    at: null,
    note: null,
    by: null,
    status: null,
    done: false,
  }))
  return [...past, ...ahead]
}
