// How job cards read (src/utils/job-format.ts). Times are Weihai time (UTC+8) whatever zone the test machine is in.
import { formatHeadcount, formatJobDistance, formatJobWhen, formatLongTermStart, formatPayAmount, isShift } from '../../src/utils/job-format'

// Wednesday 2026-11-25 10:00 in Weihai.
const NOW = Date.parse('2026-11-25T02:00:00Z')
const at = (local: string) => new Date(`${local}+08:00`).toISOString()

describe('job card text', () => {
  it('says 今天 / 明天 / the date with the weekday for one-off shifts', () => {
    expect(formatJobWhen({ startsAt: at('2026-11-25T09:00:00'), endsAt: at('2026-11-25T12:00:00') }, NOW)).toBe('今天 09:00-12:00')
    expect(formatJobWhen({ startsAt: at('2026-11-26T18:00:00'), endsAt: at('2026-11-26T22:00:00') }, NOW)).toBe('明天 周四 18:00-22:00')
    expect(formatJobWhen({ startsAt: at('2026-11-28T08:00:00'), endsAt: at('2026-11-28T17:00:00') }, NOW)).toBe('11月28日 周六 08:00-17:00')
    expect(formatJobWhen({ startsAt: at('2027-01-02T08:00:00'), endsAt: at('2027-01-02T17:00:00') }, NOW)).toBe('2027年1月2日 周六 08:00-17:00')
  })

  it('counts days in UTC+8: 00:30 local is still that day, not the previous UTC day', () => {
    expect(formatJobWhen({ startsAt: at('2026-11-26T00:30:00'), endsAt: at('2026-11-26T05:00:00') }, NOW)).toBe('明天 周四 00:30-05:00')
  })

  it('marks a shift that ends after midnight', () => {
    expect(formatJobWhen({ startsAt: at('2026-11-25T22:00:00'), endsAt: at('2026-11-26T06:00:00') }, NOW)).toBe('今天 22:00-次日06:00')
  })

  it('calls anything longer than a day 长期, with its start date when that is still ahead', () => {
    const job = { startsAt: at('2026-12-01T08:00:00'), endsAt: at('2027-06-01T18:00:00') }
    expect(isShift(job)).toBe(false)
    expect(formatJobWhen(job, NOW)).toBe('长期')
    expect(formatLongTermStart(job, NOW)).toBe('12月1日起')
    expect(formatLongTermStart({ startsAt: at('2026-11-20T08:00:00'), endsAt: at('2027-05-20T18:00:00') }, NOW)).toBe('')
  })

  it('shows walking minutes nearby and kilometres further out', () => {
    expect(formatJobDistance({ distanceMeters: 640, walkMinutes: 8 })).toBe('步行 8 分钟')
    expect(formatJobDistance({ distanceMeters: 3460, walkMinutes: 44 })).toBe('3.5 公里')
  })

  it('formats pay and headcount', () => {
    expect(formatPayAmount(25)).toBe('25')
    expect(formatPayAmount(1.5)).toBe('1.5')
    expect(formatHeadcount({ headcountLeft: 3 })).toBe('还差 3 人')
    expect(formatHeadcount({ headcountLeft: 0 })).toBe('已招满')
  })
})
