import { districtsOf } from '../divisions/catalog';
import { canRegister, eventScheduleText, inNearbyWindow, inStaffWindow, timesProblem } from './rules';
import { registrationView } from './view';

const NOW = Date.parse('2025-06-10T02:00:00Z'); // 10:00 in Weihai
const at = (hoursFromNow: number) => new Date(NOW + hoursFromNow * 3600_000).toISOString();
const DAY = 24;

describe('event rules', () => {
  it('closes registration once the fair starts', () => {
    expect(canRegister({ startsAt: at(1), endsAt: at(3) }, NOW)).toBe(true);
    expect(canRegister({ startsAt: at(0), endsAt: at(3) }, NOW)).toBe(false);
  });

  it('explains bad times in Chinese', () => {
    expect(timesProblem({ startsAt: at(-1), endsAt: at(3) }, NOW)).toBe('开始时间要晚于现在');
    expect(timesProblem({ startsAt: at(2), endsAt: at(1) }, NOW)).toBe('结束时间要晚于开始时间');
    expect(timesProblem({ startsAt: at(1), endsAt: at(1 + 8 * DAY) }, NOW)).toContain('最长');
    expect(timesProblem({ startsAt: at(1), endsAt: at(4) }, NOW)).toBeNull();
  });

  it('shows residents what has not ended and starts within 30 days', () => {
    expect(inNearbyWindow({ startsAt: at(-1), endsAt: at(1) }, NOW)).toBe(true);
    expect(inNearbyWindow({ startsAt: at(29 * DAY), endsAt: at(29 * DAY + 2) }, NOW)).toBe(true);
    expect(inNearbyWindow({ startsAt: at(31 * DAY), endsAt: at(31 * DAY + 2) }, NOW)).toBe(false);
    expect(inNearbyWindow({ startsAt: at(-3), endsAt: at(-1) }, NOW)).toBe(false);
  });

  it('shows staff the last 7 days too', () => {
    expect(inStaffWindow({ startsAt: at(-6 * DAY), endsAt: at(-6 * DAY + 2) }, NOW)).toBe(true);
    expect(inStaffWindow({ startsAt: at(-8 * DAY), endsAt: at(-8 * DAY + 2) }, NOW)).toBe(false);
  });

  it('reads city staff as all seven districts', () => {
    expect(districtsOf('3710')).toHaveLength(7);
    expect(districtsOf('371002002001')).toEqual(['371002']);
  });

  it('writes the schedule in Weihai time', () => {
    expect(eventScheduleText('2025-06-12T01:00:00Z', '2025-06-12T03:30:00Z')).toBe('6月12日 周四 09:00-11:30');
    expect(eventScheduleText('2025-06-12T01:00:00Z', '2025-06-13T09:00:00Z')).toBe('6月12日 周四 09:00 至 6月13日 周五 17:00');
  });

  it('labels a waitlisted registration with its place', () => {
    const row = { id: 'r', eventId: 'e', userId: 'u', status: 'waitlisted' as const, eventTitle: 't', eventStartsAt: at(1), createdAt: at(0), updatedAt: at(0) };
    expect(registrationView(row, 3)).toMatchObject({ statusLabel: '候补第 3 位', waitlistPosition: 3 });
    expect(registrationView({ ...row, status: 'registered' }, null)).toMatchObject({ statusLabel: '已报名', waitlistPosition: null });
  });
});
