import { jobStatusAfter, orgStatusAfterConfirmed, resolvedMessage } from './resolution';

const NOW = '2025-06-01T00:00:00.000Z';
const LATER = '2025-06-02T00:00:00.000Z';
const EARLIER = '2025-05-31T00:00:00.000Z';

describe('report outcomes', () => {
  it('a confirmed report closes an open or hidden job and leaves closed ones alone', () => {
    expect(jobStatusAfter('confirmed', { status: 'open', endsAt: LATER }, 'r1', NOW)).toBe('closed');
    expect(jobStatusAfter('confirmed', { status: 'hidden', endsAt: LATER }, 'r1', NOW)).toBe('closed');
    expect(jobStatusAfter('confirmed', { status: 'closed', endsAt: LATER }, 'r1', NOW)).toBeNull();
  });

  it('a dismissed report reopens a hidden job that has not ended, closes one that has, leaves an open one', () => {
    expect(jobStatusAfter('dismissed', { status: 'hidden', endsAt: LATER }, 'r1', NOW)).toBe('open');
    expect(jobStatusAfter('dismissed', { status: 'hidden', endsAt: EARLIER }, 'r1', NOW)).toBe('closed');
    expect(jobStatusAfter('dismissed', { status: 'open', endsAt: LATER }, 'r1', NOW)).toBeNull();
    // hidden for another report still under check: stays hidden
    expect(jobStatusAfter('dismissed', { status: 'hidden', endsAt: LATER, hiddenForReport: 'r2' }, 'r1', NOW)).toBeNull();
    expect(jobStatusAfter('dismissed', { status: 'hidden', endsAt: LATER, hiddenForReport: 'r1' }, 'r1', NOW)).toBe('open');
  });

  it('revokes a verified or pending org but keeps a rejection', () => {
    expect(orgStatusAfterConfirmed('verified')).toBe('revoked');
    expect(orgStatusAfterConfirmed('pending')).toBe('revoked');
    expect(orgStatusAfterConfirmed('revoked')).toBe('revoked');
    expect(orgStatusAfterConfirmed('rejected')).toBe('rejected');
  });

  it('tells the reporter the outcome and the note, with the 12333 hotline', () => {
    const m = resolvedMessage('confirmed', '保洁', '已约谈单位');
    expect(m.title).toContain('情况属实');
    expect(m.body).toContain('已约谈单位');
    expect(m.body).toContain('12333');
    expect(resolvedMessage('dismissed', '保洁', '核实无误').title).toContain('情况不属实');
  });
});
