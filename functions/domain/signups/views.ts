import { SIGNUP_STATUS_LABEL, type Applicant, type MySignup, type StaffSignup } from '@contract';
import { canApply } from '../booking/lifecycle';
import { canCancelAt, isCheckInOpen } from '../booking/gig-times';
import { scheduleText } from '../jobs/schedule';
import type { SignupRow } from './signup-row';

/** What staff and employers may know of the worker; the phone is already masked or revealed by the caller. */
export interface WorkerFacts {
  id: string;
  name: string;
  phone: string | null;
  age: number | null;
  homeCommunityCode: string | null;
  skills: string[];
  noShowCount: number;
  completedCount: number;
}

/** Contact and check-in code belong to an approved sign-up and what follows it, never to one still waiting. */
const REVEALED: SignupRow['status'][] = ['approved', 'checked_in', 'completed', 'no_show'];
export const contactRevealed = (row: Pick<SignupRow, 'status'>) => REVEALED.includes(row.status);

/** The job as every sign-up view shows it, from a job item or a sign-up's copy of the job. */
export function signupJobOf(jobId: string, job: SignupRow['job']) {
  return {
    id: jobId, title: job.title, orgName: job.orgName, startsAt: job.startsAt, endsAt: job.endsAt, schedule: scheduleText(job.startsAt, job.endsAt),
    address: job.address, payAmount: job.payAmount, payUnit: job.payUnit, communityCode: job.communityCode,
  };
}

function common(row: SignupRow, waitlistPosition: number | null) {
  return {
    id: row.id,
    status: row.status,
    statusLabel: row.status === 'waitlisted' && waitlistPosition && waitlistPosition > 0 ? `候补第 ${waitlistPosition} 位` : SIGNUP_STATUS_LABEL[row.status],
    job: signupJobOf(row.jobId, row.job),
    createdAt: row.createdAt,
    waitlistPosition: row.status === 'waitlisted' && waitlistPosition && waitlistPosition > 0 ? waitlistPosition : null,
    history: row.history,
    checkedInAt: row.checkedInAt ?? null,
    residentConfirmedAt: row.residentConfirmedAt ?? null,
    employerConfirmedAt: row.employerConfirmedAt ?? null,
    dispute: row.dispute
      ? { note: row.dispute.note, raisedAt: row.dispute.raisedAt, status: row.dispute.status, resolution: row.dispute.resolution ?? null, resolvedAt: row.dispute.resolvedAt ?? null }
      : null,
  };
}

export function mySignupView(row: SignupRow, extra: { now: number; waitlistPosition: number | null; employerContact: { name: string; phone: string } | null }): MySignup {
  const { job, ...rest } = common(row, extra.waitlistPosition);
  return {
    ...rest,
    job,
    checkInCode: row.status === 'approved' ? row.checkInCode ?? null : null,
    employerContact: contactRevealed(row) ? extra.employerContact : null,
    canCancel: canApply('cancel', row.status) && canCancelAt(row.job, extra.now),
    canConfirm: row.status === 'checked_in' && !row.residentConfirmedAt,
    canDispute: (row.status === 'checked_in' || row.status === 'completed') && !row.dispute,
  };
}

export function staffSignupView(row: SignupRow, resident: WorkerFacts, waitlistPosition: number | null): StaffSignup {
  return { ...common(row, waitlistPosition), resident };
}

export function applicantView(row: SignupRow, worker: WorkerFacts, extra: { now: number; waitlistPosition: number | null }): Applicant {
  const { job: _job, dispute: _dispute, history, ...rest } = common(row, extra.waitlistPosition);
  return {
    ...rest,
    // Staff's reasons (a rejection, a health remark) are between staff and the resident, not for the employer.
    history: history.map((event) => ({ ...event, note: event.by === 'employer' ? event.note : null })),
    worker,
    canCheckIn: row.status === 'approved' && isCheckInOpen(row.job, extra.now),
    canConfirm: row.status === 'checked_in' && !row.employerConfirmedAt,
  };
}
