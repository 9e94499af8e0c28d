import { serviceCounts, type ServiceDates } from './tracking';
import { byUrgency, daysLeftInServiceYear, urgencyOf } from './urgency';

const today = '2026-11-23';
const person = (id: string, anchor: string, dates: ServiceDates, last: string | null = null) => ({
  id, anchor, counts: serviceCounts(dates, today), lastServiceOn: last,
});
const ranked = (people: ReturnType<typeof person>[]) =>
  people.map((p) => ({ id: p.id, urgency: urgencyOf(p, today) })).sort(byUrgency).map((p) => p.id);

describe('days left in the person’s service year', () => {
  it('counts to the next anniversary of the anchor', () => {
    expect(daysLeftInServiceYear('2026-01-02', today)).toBe(40);
    expect(daysLeftInServiceYear('2025-11-24', today)).toBe(1);
    // the anniversary itself starts a new year: a whole year left
    expect(daysLeftInServiceYear('2025-11-23', today)).toBe(365);
    expect(daysLeftInServiceYear(today, today)).toBe(365);
  });
});

describe('worklist urgency', () => {
  it('pace first: 4 missing with 40 days left beats 11 missing with a year left', () => {
    const short = person('short', '2026-01-02', { 政策对接: ['2026-10-01', '2026-10-02'], 职业指导: ['2026-10-01', '2026-10-02'], 岗位推荐: ['2026-10-01'], 培训信息: ['2026-10-01', '2026-10-02'] }, '2026-10-02');
    const fresh = person('fresh', '2026-11-20', {});
    expect(urgencyOf(short, today)).toMatchObject({ missing: 4, daysLeft: 40 });
    expect(urgencyOf(fresh, today)).toMatchObject({ missing: 11, daysLeft: 362 });
    const shortMore = person('short5', '2026-01-02', { 职业指导: ['2026-10-01'], 岗位推荐: ['2026-10-01', '2026-10-02'], 培训信息: ['2026-10-01'] }, '2026-10-02');
    expect(urgencyOf(shortMore, today).missing).toBe(7);
    expect(ranked([fresh, short, shortMore])).toEqual(['short5', 'short', 'fresh']);
  });

  it('same pace: whoever waited longest since any service comes first', () => {
    const a = person('a', '2026-05-01', { 职业指导: ['2026-06-01'] }, '2026-06-01');
    const b = person('b', '2026-05-01', { 职业指导: ['2026-11-01'] }, '2026-11-01');
    expect(ranked([b, a])).toEqual(['a', 'b']);
  });

  it('never served counts the wait from the anchor, capped at a year', () => {
    const u = urgencyOf(person('x', '2024-01-01', {}), today);
    expect(u.daysSinceLast).toBe(365);
    expect(u.label).toBe(`还差 11 次，本周期剩 ${u.daysLeft} 天，还没有服务记录`);
  });

  it('the label says what is missing and how long is left', () => {
    const u = urgencyOf(person('y', '2026-01-02', { 职业指导: ['2026-11-13'] }, '2026-11-13'), today);
    expect(u.label).toBe('还差 10 次，本周期剩 40 天，上次服务在 10 天前');
    expect(u.urgency).toBe(Math.round((10 * 30 / 40 + 10 / 365) * 100) / 100);
  });

  it('full ties fall back to id, so the order is stable', () => {
    expect(ranked([person('b', '2026-05-01', {}), person('a', '2026-05-01', {})])).toEqual(['a', 'b']);
  });
});
