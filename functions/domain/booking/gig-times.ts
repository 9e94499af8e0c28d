import { isShift } from '../jobs/filters';

const HOUR = 3600_000;

/**
 * Times around one gig. The grace periods are service rules of this app, not policy: the check-in desk opens two
 * hours before the start, and a worker approved but never checked in becomes 缺勤 two hours after the shift ends.
 * For long-term posts the "shift" is the first working day.
 */
export const CHECK_IN_OPENS_BEFORE_MS = 2 * HOUR;
export const NO_SHOW_GRACE_MS = 2 * HOUR;
export const REMINDER_BEFORE_MS = 2 * HOUR;
const FIRST_DAY_MS = 24 * HOUR;

export interface GigTimes {
  startsAt: string;
  endsAt: string;
}

const start = (gig: GigTimes) => Date.parse(gig.startsAt);
const firstShiftEnd = (gig: GigTimes) => Math.min(Date.parse(gig.endsAt), start(gig) + FIRST_DAY_MS);

/** Sign-ups close when a shift starts; a long-term post takes applications until it ends. */
export function signupClosesAt(gig: GigTimes): number {
  return isShift(gig) ? start(gig) : Date.parse(gig.endsAt);
}

export const canCancelAt = (gig: GigTimes, now: number) => now < signupClosesAt(gig);

/** A shift's desk closes 2 h after it ends; a long-term post takes check-ins (到岗) until it ends. */
export function checkInWindow(gig: GigTimes): { opens: number; closes: number } {
  return { opens: start(gig) - CHECK_IN_OPENS_BEFORE_MS, closes: isShift(gig) ? firstShiftEnd(gig) + NO_SHOW_GRACE_MS : Date.parse(gig.endsAt) };
}

export function isCheckInOpen(gig: GigTimes, now: number): boolean {
  const { opens, closes } = checkInWindow(gig);
  return now >= opens && now <= closes;
}

/**
 * After this a shift's approved worker who never checked in counts as 缺勤 and its pending/waitlisted sign-ups
 * expire. A long-term post has no single shift to miss: its open sign-ups expire when the post ends.
 */
export const attendanceDeadline = (gig: GigTimes) => (isShift(gig) ? firstShiftEnd(gig) : Date.parse(gig.endsAt)) + NO_SHOW_GRACE_MS;

export const reminderAt = (gig: GigTimes) => start(gig) - REMINDER_BEFORE_MS;

/** Only one-off shifts can clash: two long-term posts or a shift and a long-term post may run side by side. */
export function overlaps(a: GigTimes, b: GigTimes): boolean {
  if (!isShift(a) || !isShift(b)) return false;
  return start(a) < Date.parse(b.endsAt) && start(b) < Date.parse(a.endsAt);
}
