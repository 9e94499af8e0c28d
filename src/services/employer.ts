import type { Applicant, EmployerJobsResponse, JobApplicantsResponse } from '@contract'
import { call, withIdempotencyKey } from './request'

/** The employer's own jobs, who signed up for them, and 到岗签到 / 确认完工. */

export const EMPLOYER_JOBS_PAGE_SIZE = 20

export function listEmployerJobs(cursor?: string | null): Promise<EmployerJobsResponse> {
  return call('employerJobs', {
    query: cursor ? { cursor, limit: EMPLOYER_JOBS_PAGE_SIZE } : { limit: EMPLOYER_JOBS_PAGE_SIZE },
  })
}

export function getJobApplicants(jobId: string): Promise<JobApplicantsResponse> {
  return call('jobApplicants', { params: { jobId } })
}

/** `code` is the 6 digits on the worker's phone (the same as in their QR code). */
export function checkInSignup(signupId: string, code: string): Promise<Applicant> {
  const body = { code: code.trim() }
  return withIdempotencyKey(`checkInSignup:${signupId}:${body.code}`, (idempotencyKey) =>
    call('checkInSignup', { params: { signupId }, body, idempotencyKey }),
  )
}

/** The employer's side of 确认完工; the server answers with the employer's view of the sign-up. */
export async function confirmCompletion(signupId: string): Promise<Applicant> {
  const res = await withIdempotencyKey(`completeSignup:${signupId}`, (idempotencyKey) =>
    call('completeSignup', { params: { signupId }, idempotencyKey }),
  )
  return res as Applicant
}

/** QR content on the worker's phone: `signup:<id>:<6-digit code>`. */
export function parseCheckInQr(text: string): { signupId: string; code: string } | null {
  const m = /^signup:([^:\s]{1,64}):(\d{6})$/.exec(text.trim())
  return m ? { signupId: m[1], code: m[2] } : null
}
