import { buildDashboard, childCodes, communitiesIn, dashboardReads, periodLabel } from './dashboard';
import { counterKey, counterUpdates, rollup } from './rollup';

const DONGSHAN = '371002002001';

describe('rollup', () => {
  it('puts a community delta on the community, its street, its district and the city', () => {
    expect(rollup({ communityCode: DONGSHAN, period: 'Y2026', metric: 'signups', amount: 2 }).map((d) => d.division)).toEqual([DONGSHAN, '371002002', '371002', '3710']);
  });

  it('groups deltas per counter item and drops what cancels out', () => {
    const updates = counterUpdates([
      { communityCode: DONGSHAN, period: 'ALL', metric: 'assistedTotal', amount: -1 },
      { communityCode: '371002002002', period: 'ALL', metric: 'assistedTotal', amount: 1 },
    ]);
    // the move stays inside the street: only the two communities change
    expect(updates).toEqual([
      { division: DONGSHAN, period: 'ALL', add: { assistedTotal: -1 } },
      { division: '371002002002', period: 'ALL', add: { assistedTotal: 1 } },
    ]);
  });
});

describe('dashboard reads and figures', () => {
  it('reads 2 + 2 × children items: 16 for the city whatever happened', () => {
    expect(childCodes('3710')).toHaveLength(7);
    expect(dashboardReads('3710', 'Y2026')).toHaveLength(16);
    expect(dashboardReads(DONGSHAN, 'M2026-11')).toEqual([{ division: DONGSHAN, period: 'ALL' }, { division: DONGSHAN, period: 'M2026-11' }]);
  });

  it('knows how many communities each division has (the 「六有」 denominator)', () => {
    expect(communitiesIn('3710')).toBe(2768);
    expect(communitiesIn(DONGSHAN)).toBe(1);
    expect(childCodes('371002002')).toContain(DONGSHAN);
  });

  it('computes rates and targets scaled to the division and the month', () => {
    const counters = new Map<string, Record<string, number>>([
      [counterKey('371002002', 'ALL'), { stationsMeetingSix: 3, tracked12333: 10, assistedTotal: 12 }],
      [counterKey('371002002', 'M2026-11'), { helpedIntoWork: 2, headcountPosted: 8, signupsFilled: 6, completed12333: 5, surveys: 2, surveyScoreSum: 9 }],
      [counterKey(DONGSHAN, 'M2026-11'), { helpedIntoWork: 2 }],
    ]);
    const d = buildDashboard('371002002', 'M2026-11', counters)!;
    expect(d.periodLabel).toBe('2026年11月');
    expect(d.rates).toMatchObject({ fillRate: 0.75, completion12333: 0.5, satisfaction: 4.5, noShowRate: null });
    const communities = communitiesIn('371002002');
    const helped = d.targets.find((t) => t.key === 'helpedIntoWork')!;
    expect(helped.target).toBe(Math.ceil((15000 * communities) / 2768 / 12));
    expect(helped.label).toContain('按月折算');
    expect(d.targets.find((t) => t.key === 'stationsShare')!.value).toBe(Math.round((3 / communities) * 1000) / 10);
    expect(d.children.find((c) => c.code === DONGSHAN)).toMatchObject({ name: '东山居委会', level: 'community', helpedIntoWork: 2, communities: 1 });
    expect(d.itemsRead).toBe(2 + 2 * d.children.length);
  });

  it('labels periods in Chinese', () => {
    expect(periodLabel('Y2026')).toBe('2026年');
    expect(periodLabel('M2026-01')).toBe('2026年1月');
  });

  it('has nothing for a code the catalog does not know', () => {
    expect(buildDashboard('371099', 'Y2026', new Map())).toBeUndefined();
  });
});
