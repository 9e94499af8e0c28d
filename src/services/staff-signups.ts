import type { BulkApproveResponse, StaffQueue, StaffSignup, StaffSignupsResponse } from '@contract'
import { call, withIdempotencyKey } from './request'

/** Sign-up review for staff (报名审核): the queues of their division, and the review actions. */

export const STAFF_SIGNUPS_PAGE_SIZE = 20

export function listStaffSignups(
  status: StaffQueue,
  cursor?: string | null,
  division?: string | null,
): Promise<StaffSignupsResponse> {
  return call('staffSignups', {
    query: {
      status,
      limit: STAFF_SIGNUPS_PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
      ...(division ? { division } : {}),
    },
  })
}

export function approveSignup(signupId: string): Promise<StaffSignup> {
  return withIdempotencyKey(`approveSignup:${signupId}`, (idempotencyKey) =>
    call('approveSignup', { params: { signupId }, idempotencyKey }),
  )
}

export function rejectSignup(signupId: string, reason: string): Promise<StaffSignup> {
  const body = { reason: reason.trim() }
  return withIdempotencyKey(`rejectSignup:${signupId}:${body.reason}`, (idempotencyKey) =>
    call('rejectSignup', { params: { signupId }, body, idempotencyKey }),
  )
}

/** Each sign-up is judged on its own: the answer lists the approved ids and, for the rest, why not. */
export function bulkApproveSignups(signupIds: string[]): Promise<BulkApproveResponse> {
  const body = { signupIds: [...signupIds] }
  return withIdempotencyKey(`bulkApproveSignups:${body.signupIds.join(',')}`, (idempotencyKey) =>
    call('bulkApproveSignups', { body, idempotencyKey }),
  )
}

export function resolveDispute(signupId: string, resolution: string): Promise<StaffSignup> {
  const body = { resolution: resolution.trim() }
  return withIdempotencyKey(`resolveDispute:${signupId}:${body.resolution}`, (idempotencyKey) =>
    call('resolveDispute', { params: { signupId }, body, idempotencyKey }),
  )
}
