import { DAY_MS } from '../time/weihai-clock';
import { districtsOf } from '../divisions/catalog';
import { needsReport, sessionsByCategory, withinReach, type NeedsRow, type SupplyTraining } from './needs-report';

const NOW = Date.parse('2026-11-20T02:00:00Z');
const inDays = (days: number) => new Date(NOW + days * DAY_MS).toISOString();
const division = { code: '371002002001', name: '东山居委会' };
const need = (situation: string, ...wantedCategories: NeedsRow['wantedCategories'][number][]): NeedsRow => ({ situation, wantedCategories });

describe('培训需求与供给', () => {
  it('counts residents per wanted category and per situation, most wanted first', () => {
    const rows = [need('失业', '家政服务', '健康照护'), need('失业', '家政服务'), need('灵活就业', '直播销售', '家政服务', '家政服务'), need('想创业', '直播销售')];
    const report = needsReport(division, rows, new Map([['家政服务', 4]]));
    expect(report.respondents).toBe(4);
    expect(report.byCategory).toEqual([
      { category: '家政服务', residents: 3, upcomingSessions: 4, gap: false },
      { category: '直播销售', residents: 2, upcomingSessions: 0, gap: true },
      { category: '健康照护', residents: 1, upcomingSessions: 0, gap: true },
    ]);
    expect(report.bySituation).toEqual([
      { situation: '失业', residents: 2 },
      { situation: '灵活就业', residents: 1 },
      { situation: '想创业', residents: 1 },
    ]);
  });

  it('lists supply nobody asked for without calling it a gap, and an empty division as empty', () => {
    expect(needsReport(division, [], new Map([['鲁菜师傅', 2]])).byCategory).toEqual([{ category: '鲁菜师傅', residents: 0, upcomingSessions: 2, gap: false }]);
    expect(needsReport(division, [], new Map())).toEqual({ division, respondents: 0, byCategory: [], bySituation: [] });
  });

  it('counts only sessions in the next 60 days', () => {
    const counts = sessionsByCategory(
      [
        { category: '家政服务', sessionStarts: [inDays(-1), inDays(1), inDays(59), inDays(61)] },
        { category: '家政服务', sessionStarts: [inDays(2)] },
        { category: '鲁菜师傅', sessionStarts: [inDays(90)] },
      ],
      NOW,
    );
    expect([...counts]).toEqual([['家政服务', 3]]);
  });

  describe('within reach', () => {
    const home = { lat: 37.5, lng: 122.1 };
    const at = (north: number, extra: Partial<SupplyTraining> = {}): SupplyTraining => ({
      category: '家政服务', format: '社区培训点', communityCode: '371002002005', location: { lat: home.lat + north / 111_320, lng: home.lng }, ...extra,
    });
    const urban = { kind: 'circle', centre: home, radiusMeters: 1200, districtCode: '371002' } as const;

    it('a community reaches trainings inside its service circle, in any district, and its district’s 线上 ones', () => {
      expect(withinReach(at(1100), urban)).toBe(true);
      expect(withinReach(at(1300), urban)).toBe(false);
      expect(withinReach(at(1300), { ...urban, radiusMeters: 5000 })).toBe(true);
      expect(withinReach(at(800, { communityCode: '371003001001' }), urban)).toBe(true);
      expect(withinReach(at(40_000, { format: '线上' }), urban)).toBe(true);
      expect(withinReach(at(0, { format: '线上', communityCode: '371082001008' }), urban)).toBe(false);
    });

    it('a street, district or the city reaches its district(s)', () => {
      expect(districtsOf('371002002')).toEqual(['371002']);
      expect(districtsOf('3710')).toEqual(['371002', '371003', '371071', '371072', '371073', '371082', '371083']);
      const district = { kind: 'districts', districtCodes: ['371002'] } as const;
      expect(withinReach(at(40_000), district)).toBe(true);
      expect(withinReach(at(0, { communityCode: '371003001001' }), district)).toBe(false);
    });
  });
});
