import { belowMinimumWage, minimumWageOn, type MinimumWage } from './minimum-wage';

const weihai = minimumWageOn('371002002001', '2026-11-23')!;

describe('minimum wage as data', () => {
  it('finds the standard in force for a Weihai community, and none before it took effect or elsewhere', () => {
    expect(weihai).toMatchObject({ cityCode: '3710', hourly: 21, monthly: 2100 });
    expect(minimumWageOn('371002002001', '2021-09-30')).toBeUndefined();
    expect(minimumWageOn('370102001001', '2026-11-23')).toBeUndefined();
  });

  it('takes the newest row that has started', () => {
    const table: MinimumWage[] = [
      { ...weihai, effectiveFrom: '2021-10-01', hourly: 21 },
      { ...weihai, effectiveFrom: '2027-01-01', hourly: 23 },
    ];
    expect(minimumWageOn('371002002001', '2026-12-31', table)?.hourly).toBe(21);
    expect(minimumWageOn('371002002001', '2027-01-01', table)?.hourly).toBe(23);
  });

  it.each([
    ['元/小时', 21, 4, false], ['元/小时', 20.9, 4, true],
    ['元/月', 2100, 8, false], ['元/月', 2099, 8, true],
    ['元/天', 84, 4, false], ['元/天', 83, 4, true],
    ['元/天', 168, 10, false], ['元/天', 167, 10, true],
    ['元/件', 0.5, 8, false],
  ] as const)('%s %d for a %d-hour shift → below: %s', (unit, amount, shiftHours, below) => {
    expect(belowMinimumWage({ amount, unit, shiftHours }, weihai) !== undefined).toBe(below);
  });
});
