import { weihaiDate } from '../time/weihai-clock';
import { postingTimes } from './posting-times';

describe('posting times (Weihai local → instants)', () => {
  it('a one-off shift is that day, UTC+8', () => {
    expect(postingTimes({ kind: 'once', date: '2026-11-25', startTime: '09:00', endTime: '12:30' })).toEqual({
      startsAt: '2026-11-25T01:00:00.000Z', endsAt: '2026-11-25T04:30:00.000Z', shiftHours: 3.5, scheduleLabel: null,
    });
  });

  it('a weekly schedule spans first start to last end and says its days', () => {
    const times = postingTimes({ kind: 'recurring', weekdays: [5, 1, 3, 3], fromDate: '2026-11-25', toDate: '2026-12-20', startTime: '18:00', endTime: '21:00' });
    expect(times.startsAt).toBe('2026-11-25T10:00:00.000Z');
    expect(times.endsAt).toBe('2026-12-20T13:00:00.000Z');
    expect(times.scheduleLabel).toBe('每周一、三、五 18:00-21:00（11月25日至12月20日）');
    expect(postingTimes({ kind: 'recurring', weekdays: [1, 2, 3, 4, 5, 6, 7], fromDate: '2026-11-25', toDate: '2026-11-30', startTime: '08:00', endTime: '09:00' }).scheduleLabel).toMatch(/^每天/);
  });

  it('knows the Weihai date across UTC midnight', () => {
    expect(weihaiDate(Date.parse('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(weihaiDate(Date.parse('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});
