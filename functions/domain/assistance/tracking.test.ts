import { SERVICE_TARGETS } from '@contract';
import { isTracked, lastServiceOn, missingCounts, serviceCounts, trackingOf } from './tracking';
import { inWindow, keptDates, windowOf } from './window';

describe('the rolling 12-month window (鲁就办〔2023〕13号 三、16 「1年内」)', () => {
  const today = '2026-11-23';

  it('a service exactly 12 months ago by calendar date is out; the next day is in; today is in; tomorrow is out', () => {
    expect(inWindow('2025-11-23', today)).toBe(false);
    expect(inWindow('2025-11-24', today)).toBe(true);
    expect(inWindow(today, today)).toBe(true);
    expect(inWindow('2026-11-24', today)).toBe(false);
    expect(windowOf(today)).toEqual({ from: '2025-11-24', to: today });
  });

  it('month ends clamp: on 2024-02-29 the window starts 2023-03-01; on 2025-02-28 it starts 2024-02-29', () => {
    expect(windowOf('2024-02-29').from).toBe('2023-03-01');
    expect(inWindow('2023-02-28', '2024-02-29')).toBe(false);
    expect(windowOf('2025-02-28').from).toBe('2024-02-29');
    expect(inWindow('2024-02-28', '2025-02-28')).toBe(false);
  });

  it('on 2026-03-31 the window starts 2025-04-01 (no 31st in a 30-day month drift)', () => {
    expect(windowOf('2026-03-31').from).toBe('2025-04-01');
  });

  it('the person item keeps 24 months, sorted', () => {
    expect(keptDates(['2026-01-01', '2024-11-23', '2024-11-24', '2025-05-05'], today)).toEqual(['2024-11-24', '2025-05-05', '2026-01-01']);
  });
});

describe('「12333」 counts', () => {
  const today = '2026-11-23';
  const dates = {
    政策对接: ['2025-11-23', '2025-11-24'],
    职业指导: ['2026-01-01', '2026-05-01', '2026-11-23', '2026-11-20'],
    岗位推荐: [],
  };

  it('counts per type in the window against 2 / 3 / 3 / 3, never missing below zero', () => {
    expect(SERVICE_TARGETS).toEqual({ 政策对接: 2, 职业指导: 3, 岗位推荐: 3, 培训信息: 3 });
    expect(serviceCounts(dates, today)).toEqual([
      { type: '政策对接', done: 1, target: 2, missing: 1 },
      { type: '职业指导', done: 4, target: 3, missing: 0 },
      { type: '岗位推荐', done: 0, target: 3, missing: 3 },
      { type: '培训信息', done: 0, target: 3, missing: 3 },
    ]);
  });

  it('the same services a day later: the 2025-11-24 政策对接 drops out', () => {
    expect(serviceCounts(dates, '2026-11-24')[0]).toEqual({ type: '政策对接', done: 0, target: 2, missing: 2 });
  });

  it('missing lists the most missing first, ties in policy order', () => {
    expect(missingCounts(serviceCounts(dates, today)).map((c) => c.type)).toEqual(['岗位推荐', '培训信息', '政策对接']);
  });

  it('last service is the newest on or before today', () => {
    expect(lastServiceOn(dates, today)).toBe('2026-11-23');
    expect(lastServiceOn({}, today)).toBeNull();
  });

  it('tracked = registered unemployed or any assisted category; untracked people are never behind', () => {
    expect(isTracked({ unemploymentRegisteredOn: '2026-01-01', categories: [] })).toBe(true);
    expect(isTracked({ unemploymentRegisteredOn: null, categories: ['大龄'] })).toBe(true);
    expect(isTracked({ unemploymentRegisteredOn: null, categories: [] })).toBe(false);
    expect(trackingOf({ unemploymentRegisteredOn: null, categories: [], serviceDates: {} }, today).behind).toBe(false);
    expect(trackingOf({ unemploymentRegisteredOn: null, categories: ['残疾'], serviceDates: {} }, today)).toMatchObject({ tracked: true, behind: true, windowFrom: '2025-11-24' });
  });

  it('someone with every target met is not behind', () => {
    const full = { 政策对接: ['2026-01-01', '2026-02-01'], 职业指导: ['2026-01-01', '2026-02-01', '2026-03-01'], 岗位推荐: ['2026-01-01', '2026-02-01', '2026-03-01'], 培训信息: ['2026-01-01', '2026-02-01', '2026-03-01'] };
    expect(trackingOf({ unemploymentRegisteredOn: '2025-12-01', categories: [], serviceDates: full }, today).behind).toBe(false);
  });
});
