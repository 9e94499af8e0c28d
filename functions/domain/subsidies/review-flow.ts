import type { DivisionLevel, ReviewLevel, SubsidyStatus } from '@contract';

/**
 * 社区初审 → 街道复核 → 区市审批: each pending status names the one level that may act on it, so no step can be
 * skipped and nobody reviews above or below their level.
 */
export const STEP_OF: Partial<Record<SubsidyStatus, ReviewLevel>> = {
  'pending-community': 'community',
  'pending-street': 'street',
  'pending-district': 'district',
};

export const PENDING_AT: Record<ReviewLevel, SubsidyStatus> = {
  community: 'pending-community',
  street: 'pending-street',
  district: 'pending-district',
};

const AFTER_APPROVAL: Record<ReviewLevel, SubsidyStatus> = {
  community: 'pending-street',
  street: 'pending-district',
  district: 'approved',
};

export type ReviewDecision = 'approve' | 'return' | 'reject';

export type ReviewOutcome =
  | { ok: true; to: SubsidyStatus; step: ReviewLevel }
  | { ok: false; problem: 'not-pending' | 'wrong-level'; step?: ReviewLevel };

export function reviewTransition(status: SubsidyStatus, reviewerLevel: DivisionLevel, decision: ReviewDecision): ReviewOutcome {
  const step = STEP_OF[status];
  if (!step) return { ok: false, problem: 'not-pending' };
  if (step !== reviewerLevel) return { ok: false, problem: 'wrong-level', step };
  const to = decision === 'approve' ? AFTER_APPROVAL[step] : decision === 'return' ? 'returned' : 'rejected';
  return { ok: true, to, step };
}

/** Statuses that still hold the one-time place: everything but a refusal or a withdrawal. */
export const holdsOneTimePlace = (status: SubsidyStatus) => status !== 'rejected' && status !== 'withdrawn';

/** The applicant may change facts and documents only before submission or after a return. */
export const isEditable = (status: SubsidyStatus) => status === 'draft' || status === 'returned';

/**
 * 作废 after 名额核查: an application still on its way (draft, under review, returned) can be voided; an approved one
 * is money decided and goes through the finance office, and a closed one holds nothing.
 */
export const canVoid = (status: SubsidyStatus) => holdsOneTimePlace(status) && status !== 'approved';
