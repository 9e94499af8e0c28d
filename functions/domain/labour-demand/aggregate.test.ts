import { childrenDemand, divisionOf, employerDemand, postingCondition, sumFigures, type DemandOrg } from './aggregate';
import { csvField, employerRows, toCsv, totalRow } from './export-table';

const org = (id: string, communityCode: string, extra: Partial<DemandOrg> = {}): DemandOrg => ({
  id, name: `单位${id}`, type: '企业', status: 'verified', communityCode, headcount: 10, conditions: '按时结算工资', ...extra,
});
const posting = (headcount: number, headcountLeft: number, extra = {}) => ({ title: '保洁', headcount, headcountLeft, payAmount: 25, payUnit: '元/小时', ...extra });

describe('用工数据库 figures', () => {
  it('per employer: 用工数量 as reported, positions, sign-ups and 缺工 from open postings', () => {
    const e = employerDemand(org('a', '371002002001'), [posting(5, 2), posting(3, 3)]);
    expect(e.figures).toEqual({ headcount: 10, openPostings: 2, positions: 8, signedUp: 3, shortage: 5 });
    expect(e.communityName).toBe('东山居委会');
    expect(e.verifiedBadge).toBe(true);
    expect(e.conditions).toEqual(['按时结算工资', '保洁 25 元/小时', '保洁 25 元/小时']);
  });

  it('never counts a negative seat counter or more seats left than wanted', () => {
    expect(employerDemand(org('a', '371002002001'), [posting(2, -1), posting(2, 9)]).figures).toMatchObject({ positions: 4, signedUp: 2, shortage: 2 });
  });

  it('flags revoked and unverified employers but still counts them', () => {
    expect(employerDemand(org('r', '371002002001', { status: 'revoked' }), []).verifiedBadge).toBe(false);
    expect(sumFigures([employerDemand(org('r', '371002002001', { status: 'revoked' }), [posting(1, 1)])]).employers).toBe(1);
  });

  it('one short line per posting: pay, ages, first tags', () => {
    expect(postingCondition(posting(1, 1, { ageMin: 18, ageMax: 60, tags: ['无经验可', '大龄友好', '包午餐'] }))).toBe('保洁 25 元/小时，18–60 岁，无经验可、大龄友好');
    expect(postingCondition(posting(1, 1, { ageMax: 55 }))).toBe('保洁 25 元/小时，55 岁以下');
  });

  it('sums by the next level: all districts of the city, all streets of a district, only communities with employers', () => {
    const employers = [
      employerDemand(org('a', '371002002001'), [posting(5, 2)]),
      employerDemand(org('b', '371002002002'), [posting(4, 4)]),
      employerDemand(org('c', '371082001001', { headcount: 3 }), []),
    ];
    const city = childrenDemand('3710', employers);
    expect(city).toHaveLength(7);
    expect(city.find((c) => c.code === '371002')!.figures).toEqual({ employers: 2, headcount: 20, openPostings: 2, positions: 9, signedUp: 3, shortage: 6 });
    expect(city.find((c) => c.code === '371003')!.figures.employers).toBe(0);
    expect(childrenDemand('371002', employers.slice(0, 2)).find((s) => s.code === '371002002')!.figures.employers).toBe(2);
    const street = childrenDemand('371002002', employers.slice(0, 2));
    expect(street.map((c) => c.code)).toEqual(['371002002001', '371002002002']);
    expect(street[0]).toMatchObject({ name: '东山居委会', level: 'community' });
    expect(childrenDemand('371002002001', employers.slice(0, 1))).toEqual([]);
  });

  it('knows the divisions of the catalog and no others', () => {
    expect(divisionOf('3710')).toEqual({ code: '3710', name: '威海市', level: 'city' });
    expect(divisionOf('371071')?.name).toBe('高区');
    expect(divisionOf('371002002001')?.level).toBe('community');
    expect(divisionOf('3799')).toBeUndefined();
    expect(divisionOf('371002999')).toBeUndefined();
  });
});

describe('export table', () => {
  it('quotes commas, quotes and line breaks, defuses formulas, and starts with a BOM', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    const csv = toCsv([['单位', '条件'], ['甲', '一行\n两行']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF单位,条件\r\n甲,"一行\n两行"\r\n');
  });

  it('one row per employer with district, street and community names, and a 合计 row', () => {
    const employers = [employerDemand(org('a', '371002002001'), [posting(5, 2)])];
    const demand = { division: { code: '371002', name: '环翠区', level: 'district' as const }, totals: sumFigures(employers), children: [], employers, generatedAt: '' };
    expect(employerRows(demand)[0].slice(0, 7)).toEqual(['环翠区', expect.any(String), '东山居委会', '单位a', '企业', '已认证', 10]);
    expect(totalRow(demand)).toEqual(['合计', '', '', '1 家', '', '', 10, 1, 5, 3, 2, '']);
  });
});
