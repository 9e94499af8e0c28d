import { weihaiInstant } from '../time/weihai-clock';
import { progressAfter, sessionHours } from './rules';
import { bookingView, sessionView, type BookingRow, type SessionRow } from './views';

const NOW = Date.parse('2026-06-10T02:00:00Z'); // 10:00 in Weihai
const at = (h: number) => new Date(NOW + h * 3600_000).toISOString();

describe('training rules', () => {
  it('reads a session time as Weihai wall-clock time', () => {
    expect(weihaiInstant('2026-06-12', '19:00')).toBe('2026-06-12T11:00:00.000Z');
    expect(sessionHours({ startsAt: weihaiInstant('2026-06-12', '19:00'), endsAt: weihaiInstant('2026-06-12', '21:00') })).toBe(2);
  });

  it('completes the training when attended hours reach its 培训学时, not before', () => {
    expect(progressAfter(14, 2, 16)).toEqual({ hoursDone: 16, complete: true });
    expect(progressAfter(12, 2, 16)).toEqual({ hoursDone: 14, complete: false });
  });

  it('marks sessions open, started and ended by the clock', () => {
    const row: SessionRow = { id: 's', trainingId: 't', startsAt: at(1), endsAt: at(3), hours: 2, address: 'x', capacity: 5, seatsLeft: 5, waitlistCount: 0, status: 'open', createdAt: at(-9) };
    expect(sessionView(row, NOW).status).toBe('open');
    expect(sessionView(row, NOW + 2 * 3600_000).status).toBe('started');
    expect(sessionView(row, NOW + 4 * 3600_000).status).toBe('ended');
  });

  it('lets a booking be cancelled only before class, and shows the queue place', () => {
    const row: BookingRow = {
      id: 'b', userId: 'u', trainingId: 't', sessionId: 's', status: 'waitlisted', trainingTitle: 'T', trainingFormat: '培训夜课', provider: 'P',
      sessionStartsAt: at(1), sessionEndsAt: at(3), sessionAddress: 'x', sessionHours: 2, createdAt: at(-1), updatedAt: at(-1),
    };
    expect(bookingView(row, 4, NOW)).toMatchObject({ canCancel: true, statusLabel: '候补第 4 位', waitlistPosition: 4 });
    expect(bookingView({ ...row, status: 'booked' }, null, NOW + 2 * 3600_000)).toMatchObject({ canCancel: false, statusLabel: '已预约', waitlistPosition: null });
  });
});
