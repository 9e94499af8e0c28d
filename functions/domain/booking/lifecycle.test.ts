import fc from 'fast-check';
import { canApply, holdsSeat, joinOf, releaseOf, TRANSITIONS, type BookingAction, type BookingStatus } from './lifecycle';

/**
 * A reference ledger driven only by the engine's rules (joinOf, releaseOf, TRANSITIONS), the way the DynamoDB
 * adapter applies them in its transactions. Any interleaving of operations must keep the seats honest and the
 * waitlist first-in, first-out.
 */
class Ledger {
  seatsLeft: number;
  readonly bookings = new Map<number, BookingStatus>();
  readonly waitlist: number[] = [];
  readonly promotions: number[] = [];
  private nextId = 0;

  constructor(readonly capacity: number, readonly waitlistEnabled: boolean) {
    this.seatsLeft = capacity;
  }

  join(): number | 'full' {
    const decision = joinOf(this.seatsLeft, this.waitlistEnabled);
    if (decision.kind === 'full') return 'full';
    const id = this.nextId++;
    if (decision.kind === 'hold') {
      this.seatsLeft--;
      this.bookings.set(id, 'pending');
    } else {
      this.bookings.set(id, 'waitlisted');
      this.waitlist.push(id);
    }
    return id;
  }

  act(id: number, action: BookingAction): boolean {
    const status = this.bookings.get(id);
    if (status === undefined || !canApply(action, status)) return false;
    if (action === 'cancel' || action === 'reject') {
      const release = releaseOf(status, this.waitlist.length ? String(this.waitlist[0]) : undefined);
      if (release.kind === 'promote') {
        const head = this.waitlist.shift()!;
        this.bookings.set(head, TRANSITIONS.promote.to);
        this.promotions.push(head);
      } else if (release.kind === 'free-seat') {
        this.seatsLeft++;
      } else if (release.kind === 'leave-waitlist') {
        this.waitlist.splice(this.waitlist.indexOf(id), 1);
      }
    }
    this.bookings.set(id, TRANSITIONS[action].to);
    return true;
  }

  holders(): number {
    return [...this.bookings.values()].filter(holdsSeat).length;
  }

  countOf(status: BookingStatus): number {
    return [...this.bookings.values()].filter((s) => s === status).length;
  }
}

const operation = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'join' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom<BookingAction>('cancel', 'reject', 'approve', 'checkIn', 'confirm', 'markNoShow'), pick: fc.nat(1000) }) },
);

describe('booking engine rules', () => {
  it('any interleaving keeps pending + approved ≤ capacity, seats accounted for, and the waitlist FIFO', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.array(operation, { maxLength: 120 }), (capacity, waitlistEnabled, operations) => {
        const ledger = new Ledger(capacity, waitlistEnabled);
        const joinedWaiting: number[] = [];
        for (const op of operations) {
          if (op.kind === 'join') {
            const id = ledger.join();
            if (id !== 'full' && ledger.bookings.get(id) === 'waitlisted') joinedWaiting.push(id);
            if (id === 'full') expect(ledger.seatsLeft).toBe(0);
          } else {
            const ids = [...ledger.bookings.keys()];
            if (ids.length) ledger.act(ids[op.pick % ids.length], op.kind);
          }
          expect(ledger.countOf('pending') + ledger.countOf('approved')).toBeLessThanOrEqual(capacity);
          expect(ledger.holders()).toBe(capacity - ledger.seatsLeft);
          expect(ledger.seatsLeft).toBeGreaterThanOrEqual(0);
          // a seat is never free while someone waits
          if (ledger.seatsLeft > 0) expect(ledger.waitlist).toEqual([]);
          // the queue keeps arrival order
          expect(ledger.waitlist).toEqual([...ledger.waitlist].sort((a, b) => a - b));
          expect(ledger.countOf('waitlisted')).toBe(ledger.waitlist.length);
        }
        // promotions happened in the order people joined the queue (skipping those who left it)
        const promotedOrder = joinedWaiting.filter((id) => ledger.promotions.includes(id));
        expect(ledger.promotions).toEqual(promotedOrder);
        if (!waitlistEnabled) expect(ledger.waitlist).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a waitlisted booking cannot be approved or checked in; a finished one cannot be cancelled', () => {
    expect(canApply('approve', 'waitlisted')).toBe(false);
    expect(canApply('checkIn', 'pending')).toBe(false);
    expect(canApply('cancel', 'checked_in')).toBe(false);
    expect(canApply('cancel', 'completed')).toBe(false);
    expect(releaseOf('no_show', 'x')).toEqual({ kind: 'keep-seat' });
  });
});
