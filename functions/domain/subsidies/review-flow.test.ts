import { SUBSIDY_STATUSES } from '@contract';
import { canVoid, holdsOneTimePlace, isEditable, reviewTransition } from './review-flow';

describe('社区初审 → 街道复核 → 区市审批', () => {
  it('moves an approval one step up the chain and ends at approved', () => {
    expect(reviewTransition('pending-community', 'community', 'approve')).toEqual({ ok: true, to: 'pending-street', step: 'community' });
    expect(reviewTransition('pending-street', 'street', 'approve')).toEqual({ ok: true, to: 'pending-district', step: 'street' });
    expect(reviewTransition('pending-district', 'district', 'approve')).toEqual({ ok: true, to: 'approved', step: 'district' });
  });

  it.each([
    ['pending-community', 'street'],
    ['pending-community', 'district'],
    ['pending-community', 'city'],
    ['pending-street', 'community'],
    ['pending-street', 'district'],
    ['pending-district', 'street'],
    ['pending-district', 'city'],
  ] as const)('%s cannot be decided by %s staff (no skipping, no reviewing another level’s step)', (status, level) => {
    expect(reviewTransition(status, level, 'approve')).toMatchObject({ ok: false, problem: 'wrong-level' });
  });

  it('any step can return or refuse', () => {
    expect(reviewTransition('pending-street', 'street', 'return')).toMatchObject({ ok: true, to: 'returned' });
    expect(reviewTransition('pending-district', 'district', 'reject')).toMatchObject({ ok: true, to: 'rejected' });
  });

  it.each(['draft', 'returned', 'approved', 'rejected', 'withdrawn'] as const)('%s is not waiting for review', (status) => {
    expect(reviewTransition(status, 'community', 'approve')).toEqual({ ok: false, problem: 'not-pending' });
  });

  it('only a refusal or a withdrawal gives the one-time place back; only drafts and returned applications can be edited', () => {
    expect(SUBSIDY_STATUSES.filter((s) => !holdsOneTimePlace(s))).toEqual(['rejected', 'withdrawn']);
    expect(SUBSIDY_STATUSES.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});

describe('voiding after 名额核查', () => {
  it.each([
    ['draft', true], ['pending-community', true], ['pending-street', true], ['pending-district', true], ['returned', true],
    ['approved', false], ['rejected', false], ['withdrawn', false],
  ] as const)('%s → %s', (status, voidable) => {
    expect(canVoid(status)).toBe(voidable);
  });
});
