import { attendanceDeadline, canCancelAt, isCheckInOpen, overlaps, signupClosesAt } from './gig-times';

const HOUR = 3600_000;
const at = (h: number) => new Date(Date.UTC(2026, 10, 25, h)).toISOString();
const shift = { startsAt: at(1), endsAt: at(4) };

describe('gig times', () => {
  it('sign-up and cancellation close when a shift starts; a long-term post takes applications until it ends', () => {
    expect(signupClosesAt(shift)).toBe(Date.parse(shift.startsAt));
    expect(canCancelAt(shift, Date.parse(shift.startsAt) - 1)).toBe(true);
    expect(canCancelAt(shift, Date.parse(shift.startsAt))).toBe(false);
    const longTerm = { startsAt: at(1), endsAt: new Date(Date.parse(at(1)) + 180 * 24 * HOUR).toISOString() };
    expect(signupClosesAt(longTerm)).toBe(Date.parse(longTerm.endsAt));
  });

  it('check-in opens 2 hours before the start and closes 2 hours after the end, exactly', () => {
    const start = Date.parse(shift.startsAt);
    const end = Date.parse(shift.endsAt);
    expect(isCheckInOpen(shift, start - 2 * HOUR - 1)).toBe(false);
    expect(isCheckInOpen(shift, start - 2 * HOUR)).toBe(true);
    expect(isCheckInOpen(shift, end + 2 * HOUR)).toBe(true);
    expect(isCheckInOpen(shift, end + 2 * HOUR + 1)).toBe(false);
    expect(attendanceDeadline(shift)).toBe(end + 2 * HOUR);
  });

  it('a long-term post takes check-ins until it ends, and its open sign-ups expire only after it ends', () => {
    const longTerm = { startsAt: at(1), endsAt: new Date(Date.parse(at(1)) + 60 * 24 * HOUR).toISOString() };
    expect(isCheckInOpen(longTerm, Date.parse(at(1)) + 10 * 24 * HOUR)).toBe(true);
    expect(isCheckInOpen(longTerm, Date.parse(longTerm.endsAt) + 1)).toBe(false);
    expect(attendanceDeadline(longTerm)).toBe(Date.parse(longTerm.endsAt) + 2 * HOUR);
  });

  it('only shifts overlap; touching ends do not', () => {
    expect(overlaps(shift, { startsAt: at(3), endsAt: at(5) })).toBe(true);
    expect(overlaps(shift, { startsAt: at(4), endsAt: at(6) })).toBe(false);
    const longTerm = { startsAt: at(0), endsAt: new Date(Date.parse(at(0)) + 90 * 24 * HOUR).toISOString() };
    expect(overlaps(shift, longTerm)).toBe(false);
  });
});
