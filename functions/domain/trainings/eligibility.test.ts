import { ASSISTED_CATEGORIES, EMPLOYMENT_SITUATIONS, type Eligibility, type TargetGroup } from '@contract';
import { ASSISTED_GROUPS, BIRTH_YEAR_MISSING, SITUATION_GROUPS, eligibilityVerdict, residentGroups, type ResidentFacts } from './eligibility';

const YEAR = 2026;
const bornAged = (age: number) => YEAR - age;
const facts = (extra: Partial<ResidentFacts> = {}): ResidentFacts => ({ birthYear: bornAged(40), assistedCategories: [], situation: null, ...extra });
const anyone: Eligibility = { ageMin: 16, ageMax: 60, groups: ['城乡劳动者'] };

describe('age limits are inclusive', () => {
  it.each([
    [15, false],
    [16, true],
    [60, true],
    [61, false],
  ])('aged %i → eligible %s', (age, eligible) => {
    const verdict = eligibilityVerdict(anyone, facts({ birthYear: bornAged(age) }), YEAR);
    expect(verdict.eligible).toBe(eligible);
    if (!eligible) expect(verdict.reasons[0]).toContain(`您今年 ${age} 岁`);
  });

  it('an unknown birth year is not eligible and says what to fill in', () => {
    expect(eligibilityVerdict(anyone, facts({ birthYear: undefined }), YEAR)).toEqual({ eligible: false, reasons: [BIRTH_YEAR_MISSING] });
    expect(eligibilityVerdict(anyone, facts({ birthYear: null }), YEAR).eligible).toBe(false);
  });

  it('城乡劳动者 starts at 16', () => {
    expect(residentGroups(facts({ birthYear: bornAged(15) }), YEAR)).not.toContain('城乡劳动者');
    expect(residentGroups(facts({ birthYear: bornAged(16) }), YEAR)).toContain('城乡劳动者');
  });
});

describe('situations and assisted categories map to target groups (鲁就办〔2023〕13号 三、12)', () => {
  const expectedBySituation: [string, TargetGroup[]][] = [
    ['失业', ['失业人员']],
    ['未就业高校毕业生', ['高校毕业生']],
    ['未升学初高中毕业生', ['未升学初高中毕业生']],
    ['灵活就业', []],
    ['在职想提升', []],
    ['想创业', ['创业人员']],
  ];
  it('covers every 四清 situation', () => expect(Object.keys(SITUATION_GROUPS).sort()).toEqual([...EMPLOYMENT_SITUATIONS].sort()));
  it.each(expectedBySituation)('%s → %j', (situation, groups) => {
    const mine = residentGroups(facts({ situation: situation as ResidentFacts['situation'] }), YEAR);
    expect(mine.sort()).toEqual(['城乡劳动者', ...groups].sort());
  });

  it('covers every assisted category', () => expect(Object.keys(ASSISTED_GROUPS).sort()).toEqual([...ASSISTED_CATEGORIES].sort()));
  it.each(ASSISTED_CATEGORIES.map((c) => [c]))('%s → 就业困难人员', (category) => {
    expect(residentGroups(facts({ assistedCategories: [category] }), YEAR)).toContain('就业困难人员');
  });
  it('残疾 → 残疾人 too', () => expect(residentGroups(facts({ assistedCategories: ['残疾'] }), YEAR)).toContain('残疾人'));
});

describe('group requirements', () => {
  const forUnemployed: Eligibility = { ageMin: 16, ageMax: 60, groups: ['失业人员', '就业困难人员'] };
  it('any one group is enough', () => {
    expect(eligibilityVerdict(forUnemployed, facts({ situation: '失业' }), YEAR)).toMatchObject({ eligible: true });
    expect(eligibilityVerdict(forUnemployed, facts({ assistedCategories: ['大龄'] }), YEAR).reasons[1]).toContain('就业困难人员');
  });
  it('outside the groups: a Chinese reason, with a hint to fill in 四清 when it is missing', () => {
    const verdict = eligibilityVerdict(forUnemployed, facts(), YEAR);
    expect(verdict.eligible).toBe(false);
    expect(verdict.reasons[0]).toContain('面向失业人员、就业困难人员');
    expect(verdict.reasons[0]).toContain('四清');
  });
  it('too old and outside the groups gives both reasons', () => {
    expect(eligibilityVerdict(forUnemployed, facts({ birthYear: bornAged(61), situation: '在职想提升' }), YEAR).reasons).toHaveLength(2);
  });
});
