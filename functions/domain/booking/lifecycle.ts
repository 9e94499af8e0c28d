import type { SignupStatus } from '@contract';

/**
 * The booking engine's state machine, shared by gig sign-ups, training sessions and job fairs: which statuses hold
 * one of the capacity's seats, and which action may move a booking from which status to which.
 */
export type BookingStatus = SignupStatus;
export type BookingAction = 'approve' | 'reject' | 'cancel' | 'checkIn' | 'confirm' | 'markNoShow' | 'expire' | 'promote';

/** pending + approved (and, once the work started, checked-in/completed/no-show) never exceed the capacity. */
export const SEAT_HOLDING: readonly BookingStatus[] = ['pending', 'approved', 'checked_in', 'completed', 'no_show'];

/** Still in play for the person: blocks a second sign-up for the same job and counts for time conflicts. */
export const ACTIVE: readonly BookingStatus[] = ['pending', 'waitlisted', 'approved', 'checked_in'];

export const TRANSITIONS: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending', 'approved'], to: 'rejected' },
  cancel: { from: ['pending', 'waitlisted', 'approved'], to: 'cancelled' },
  checkIn: { from: ['approved'], to: 'checked_in' },
  confirm: { from: ['checked_in'], to: 'completed' },
  markNoShow: { from: ['approved'], to: 'no_show' },
  expire: { from: ['pending', 'waitlisted'], to: 'expired' },
  promote: { from: ['waitlisted'], to: 'pending' },
};

export const holdsSeat = (status: BookingStatus) => SEAT_HOLDING.includes(status);
export const isActive = (status: BookingStatus) => ACTIVE.includes(status);
export const canApply = (action: BookingAction, status: BookingStatus) => TRANSITIONS[action].from.includes(status);

/**
 * Leaving a booking either gives its seat to the head of the waitlist, returns the seat, or (for someone who was
 * only waiting) just leaves the queue. A seat is never returned while anyone waits, so the queue stays FIFO.
 */
export type Release = { kind: 'promote'; bookingId: string } | { kind: 'free-seat' } | { kind: 'leave-waitlist' } | { kind: 'keep-seat' };

export function releaseOf(status: BookingStatus, waitlistHead: string | undefined): Release {
  if (status === 'waitlisted') return { kind: 'leave-waitlist' };
  if (status === 'pending' || status === 'approved') return waitlistHead ? { kind: 'promote', bookingId: waitlistHead } : { kind: 'free-seat' };
  // After the work started (no-show, completed) the seat was used; nothing goes back.
  return { kind: 'keep-seat' };
}

/** A new booking takes a seat if one is free, else queues when the resource allows a waitlist, else is refused. */
export type Join = { kind: 'hold' } | { kind: 'wait' } | { kind: 'full' };

export function joinOf(seatsLeft: number, waitlistEnabled: boolean): Join {
  if (seatsLeft > 0) return { kind: 'hold' };
  return waitlistEnabled ? { kind: 'wait' } : { kind: 'full' };
}
