import type { Posting, PostingBody } from '@contract'
import { fieldErrorsOf, isApiError } from './api-error'
import { call, withIdempotencyKey } from './request'

export type { Posting, PostingBody }

/** 发布岗位: create, read back for 修改 / 再发一次, update and close the employer's own postings. */

export function createPosting(body: PostingBody): Promise<Posting> {
  return withIdempotencyKey(`createPosting:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('createPosting', { body, idempotencyKey }),
  )
}

export function getPosting(jobId: string): Promise<Posting> {
  return call('getPosting', { params: { jobId } })
}

export function updatePosting(jobId: string, body: PostingBody): Promise<Posting> {
  return withIdempotencyKey(`updatePosting:${jobId}:${JSON.stringify(body)}`, (idempotencyKey) =>
    call('updatePosting', { params: { jobId }, body, idempotencyKey }),
  )
}

export function closePosting(jobId: string): Promise<Posting> {
  return withIdempotencyKey(`closePosting:${jobId}`, (idempotencyKey) => call('closePosting', { params: { jobId }, idempotencyKey }))
}

/** One reason a posting was refused (POSTING_REJECTED), with the words that triggered it. */
export interface PostingProblem {
  reason: string
  matched: string
}

export function postingProblems(e: unknown): PostingProblem[] {
  if (!isApiError(e) || e.code !== 'POSTING_REJECTED' || !Array.isArray(e.details)) return []
  return (e.details as unknown[]).flatMap((d) => {
    const reason = (d as { reason?: unknown })?.reason
    const matched = (d as { matched?: unknown })?.matched
    return typeof reason === 'string' ? [{ reason, matched: typeof matched === 'string' ? matched : '' }] : []
  })
}

/**
 * Field messages of a VALIDATION_FAILED answer keyed by the path under `body`, e.g. `schedule.endTime`, `title`,
 * `requirements.0` → `requirements`, so each can be shown next to its field.
 */
export function fieldErrorsByPath(e: unknown): Record<string, string> {
  return fieldErrorsOf(e, (path) => path.split('.').filter((part) => !/^\d+$/.test(part)).join('.'))
}
