import { scheduleText } from './schedule';

describe('scheduleText', () => {
  it('writes a shift in Weihai local time', () => {
    expect(scheduleText('2026-11-25T01:00:00Z', '2026-11-25T04:00:00Z')).toBe('11月25日 周三 09:00-12:00');
  });
  it('writes a long-term post with its daily hours and end date', () => {
    expect(scheduleText('2026-11-25T00:00:00Z', '2027-05-25T10:00:00Z')).toBe('2026年11月25日 周三起，长期岗位（每天 08:00-18:00），至 2027年5月25日');
  });
});
