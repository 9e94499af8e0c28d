import type { MySignup, MySignupsResponse, NotificationsResponse } from '@contract'
import type { MissingProfileField } from '@/constants/signups'
import { isApiError } from './api-error'
import { call, withIdempotencyKey } from './request'

export type { MySignup, MySignupsResponse, Notification, NotificationsResponse } from '@contract'

/** A resident's sign-ups (报名) and messages (我的消息). Every write carries an idempotency key. */

export const MY_SIGNUPS_PAGE_SIZE = 20
export const NOTIFICATIONS_PAGE_SIZE = 20

/** 报名: 待审核 while places are left, 候补 when full (if the job takes a waitlist). */
export function createSignup(jobId: string): Promise<MySignup> {
  return withIdempotencyKey(`createSignup:${jobId}`, (idempotencyKey) =>
    call('createSignup', { params: { jobId }, idempotencyKey }),
  )
}

export function cancelSignup(signupId: string): Promise<MySignup> {
  return withIdempotencyKey(`cancelSignup:${signupId}`, (idempotencyKey) =>
    call('cancelSignup', { params: { signupId }, idempotencyKey }),
  )
}

/** 确认完工. The API answers each side with its own view; a resident always gets their `MySignup` back. */
export async function completeSignup(signupId: string): Promise<MySignup> {
  const result = await withIdempotencyKey(`completeSignup:${signupId}`, (idempotencyKey) =>
    call('completeSignup', { params: { signupId }, idempotencyKey }),
  )
  return result as MySignup
}

/** 反映未结清工资. The note is part of the intent: a different note is a different request. */
export function disputeSignup(signupId: string, note: string): Promise<MySignup> {
  const body = { note: note.trim() }
  return withIdempotencyKey(`disputeSignup:${signupId}:${body.note}`, (idempotencyKey) =>
    call('disputeSignup', { params: { signupId }, body, idempotencyKey }),
  )
}

export function mySignups(cursor?: string | null): Promise<MySignupsResponse> {
  return call('mySignups', { query: { limit: MY_SIGNUPS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } })
}

export function myNotifications(cursor?: string | null, limit: number = NOTIFICATIONS_PAGE_SIZE): Promise<NotificationsResponse> {
  return call('myNotifications', { query: { limit, ...(cursor ? { cursor } : {}) } })
}

/** Just the unread count, for the badge on 我的. */
export async function unreadNotificationCount(): Promise<number> {
  const page = await myNotifications(null, 1)
  return page.unreadCount
}

/** 全部已读. */
export async function readNotifications(): Promise<void> {
  await call('readNotifications')
}

/** The items a PROFILE_INCOMPLETE answer names (`details: [{ field, message }]`), in the order given. */
export function missingProfileFields(e: unknown): { field: MissingProfileField; message: string }[] {
  if (!isApiError(e) || e.code !== 'PROFILE_INCOMPLETE' || !Array.isArray(e.details)) return []
  const known: readonly string[] = ['name', 'phone', 'homeCommunityCode']
  return (e.details as unknown[]).flatMap((d) => {
    const item = d as { field?: unknown; message?: unknown }
    if (typeof item?.field !== 'string' || !known.includes(item.field)) return []
    return [{ field: item.field as MissingProfileField, message: typeof item.message === 'string' ? item.message : '' }]
  })
}
