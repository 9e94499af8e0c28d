import { HireSituationSchema, WorkSituationSchema } from '@contract';
import { UNCONFIGURED } from './policy-catalog';
import { hiringVerdict, precheckLine, socialInsuranceVerdict, startupVerdict, verdictFor, type HireFacts } from './rules';

const TODAY = '2026-11-23';

describe('一次性创业补贴 (威就办〔2023〕9号 三、6; 鲁就办〔2023〕13号 三、7)', () => {
  it.each([
    ['weihai', '小微企业', '2026-03-01', 'eligible', 20_000, false],
    ['weihai', '个体工商户', '2026-03-01', 'eligible', 5_000, false],
    // Weihai names no registration period: an older business still qualifies once.
    ['weihai', '个体工商户', '2020-01-01', 'eligible', 5_000, false],
    ['shandong-other', '小微企业', '2026-03-01', 'eligible', 12_000, true],
    ['shandong-other', '个体工商户', '2026-03-01', 'eligible', 2_000, true],
    // 新注册: 12 months inclusive, so 2025-11-23 is the last day that is still new on 2026-11-23.
    ['shandong-other', '个体工商户', '2025-11-23', 'eligible', 2_000, true],
    ['shandong-other', '个体工商户', '2025-11-22', 'not-eligible', null, null],
    // The floor for 小微企业 has no newness condition in 三、7.
    ['shandong-other', '小微企业', '2020-01-01', 'eligible', 12_000, true],
    // A licence dated tomorrow is not a business yet; today is.
    ['weihai', '小微企业', '2026-11-24', 'not-eligible', null, null],
    ['weihai', '小微企业', TODAY, 'eligible', 20_000, false],
  ] as const)('%s %s registered %s → %s %s', (region, kind, registeredOn, outcome, yuan, atLeast) => {
    const verdict = startupVerdict(region, { kind, registeredOn }, TODAY);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.amount?.yuan ?? null).toBe(yuan);
    expect(verdict.amount?.atLeast ?? null).toBe(atLeast);
  });

  it('cites the Weihai clause in Weihai and the provincial one elsewhere, in the words the result card shows', () => {
    expect(startupVerdict('weihai', { kind: '个体工商户', registeredOn: '2026-01-01' }, TODAY).citation.text).toBe('依据：威就办〔2023〕9号 三、6');
    expect(startupVerdict('shandong-other', { kind: '个体工商户', registeredOn: '2026-01-01' }, TODAY).citation.text).toBe('依据：鲁就办〔2023〕13号 三、7');
  });

  it('labels amounts as residents read them: a fixed figure in Weihai, a floor elsewhere', () => {
    expect(startupVerdict('weihai', { kind: '个体工商户', registeredOn: '2026-01-01' }, TODAY).amount?.label).toBe('5,000 元');
    expect(startupVerdict('shandong-other', { kind: '小微企业', registeredOn: '2026-01-01' }, TODAY).amount?.label).toBe('不低于 12,000 元（以当地公布标准为准）');
  });

  it('asks for the business when the questionnaire skipped it', () => {
    expect(startupVerdict('weihai', null, TODAY).outcome).toBe('need-answers');
  });
});

const hire = (over: Partial<HireFacts>): HireFacts => HireSituationSchema.parse({ age: 30, hiredOn: '2026-07-15', contractMonths: 12, ...over });

describe('一次性吸纳就业补贴 (鲁就办〔2023〕13号 三、9)', () => {
  it.each([
    // 登记失业的 16—24 岁青年: both ends inclusive (registered a day before hiring, so not long-unemployed).
    ['registered youth aged 15', { age: 15, unemploymentRegisteredOn: '2026-07-14' }, 'not-eligible'],
    ['registered youth aged 16', { age: 16, unemploymentRegisteredOn: '2026-07-14' }, 'eligible'],
    ['registered youth aged 24', { age: 24, unemploymentRegisteredOn: '2026-07-14' }, 'eligible'],
    ['registered youth aged 25', { age: 25, unemploymentRegisteredOn: '2026-07-14' }, 'not-eligible'],
    ['unregistered 20-year-old', { age: 20 }, 'not-eligible'],
    // 登记失业半年以上: exactly 6 months qualifies, a day short does not.
    ['registered exactly 6 months', { age: 40, unemploymentRegisteredOn: '2026-01-15' }, 'eligible'],
    ['registered 6 months less a day', { age: 40, unemploymentRegisteredOn: '2026-01-16' }, 'not-eligible'],
    ['registered 6 months at a month end', { age: 40, unemploymentRegisteredOn: '2025-08-31', hiredOn: '2026-02-28' }, 'eligible'],
    ['registered after hiring', { age: 40, unemploymentRegisteredOn: '2026-08-01' }, 'not-eligible'],
    // 毕业年度: hired in the calendar year of graduation, even before leaving school.
    ['graduate hired in graduation year', { graduatedOn: '2026-06-30' }, 'eligible'],
    ['graduate hired before leaving, same year', { graduatedOn: '2026-12-31' }, 'eligible'],
    // 离校 2 年内未就业: exactly two years qualifies, a day later does not.
    ['graduate exactly 2 years, unemployed', { graduatedOn: '2024-07-15', unemployedSinceGraduation: true }, 'eligible'],
    ['graduate 2 years and a day, unemployed', { graduatedOn: '2024-07-14', unemployedSinceGraduation: true }, 'not-eligible'],
    ['graduate within 2 years but worked since', { graduatedOn: '2025-06-30', unemployedSinceGraduation: false }, 'not-eligible'],
    ['nobody in the three groups', {}, 'not-eligible'],
    // Hired today counts; a contract that starts tomorrow does not yet.
    ['long-unemployed hired today', { age: 40, unemploymentRegisteredOn: '2025-01-01', hiredOn: TODAY }, 'eligible'],
    ['long-unemployed hired tomorrow', { age: 40, unemploymentRegisteredOn: '2025-01-01', hiredOn: '2026-11-24' }, 'not-eligible'],
  ] as const)('%s → %s', (_name, over, outcome) => {
    expect(hiringVerdict(hire(over), TODAY, UNCONFIGURED).outcome).toBe(outcome);
  });

  it.each([
    [11, 'not-eligible'],
    [12, 'eligible'],
    [36, 'eligible'],
  ] as const)('a %i-month contract → %s (1 年以上)', (contractMonths, outcome) => {
    const verdict = hiringVerdict(hire({ contractMonths, unemploymentRegisteredOn: '2025-01-01' }), TODAY, UNCONFIGURED);
    expect(verdict.outcome).toBe(outcome);
    if (outcome === 'not-eligible') expect(verdict.reasons.join()).toContain('劳动合同须签 1 年');
  });

  it('a youth past 24 still qualifies as long-term unemployed, and the reasons say which group matched', () => {
    const verdict = hiringVerdict(hire({ age: 26, unemploymentRegisteredOn: '2025-12-01' }), TODAY, UNCONFIGURED);
    expect(verdict.outcome).toBe('eligible');
    expect(verdict.reasons).toContain('登记失业半年以上人员（6 个月及以上）');
  });

  it('says 以当地公布标准为准 until the local amount is configured, then the figure', () => {
    const eligible = hire({ unemploymentRegisteredOn: '2025-01-01' });
    expect(hiringVerdict(eligible, TODAY, UNCONFIGURED).amount).toEqual({ yuan: null, atLeast: false, label: '以当地公布标准为准' });
    expect(hiringVerdict(eligible, TODAY, { ...UNCONFIGURED, 'hiring-subsidy': 1000 }).amount?.label).toBe('1,000 元');
    expect(hiringVerdict(eligible, TODAY, UNCONFIGURED).citation.text).toBe('依据：鲁就办〔2023〕13号 三、9');
  });
});

describe('社会保险补贴 (鲁就办〔2023〕13号 三、16; 威就办〔2023〕9号 三、1)', () => {
  const worker = (over: object) => WorkSituationSchema.parse({ work: '灵活就业', assistedCategories: ['大龄'], ...over });
  it.each([
    [{ work: '灵活就业' }, 'eligible'],
    [{ work: '单位就业' }, 'eligible'],
    [{ work: '未就业' }, 'not-eligible'],
    [{ assistedCategories: [] }, 'not-eligible'],
  ] as const)('%j → %s', (over, outcome) => {
    expect(socialInsuranceVerdict('weihai', worker(over), UNCONFIGURED).outcome).toBe(outcome);
  });
  it('cites both documents in Weihai and the province elsewhere', () => {
    expect(socialInsuranceVerdict('weihai', worker({}), UNCONFIGURED).citation.text).toBe('依据：威就办〔2023〕9号 三、1；鲁就办〔2023〕13号 三、16');
    expect(socialInsuranceVerdict('shandong-other', worker({}), UNCONFIGURED).citation.text).toBe('依据：鲁就办〔2023〕13号 三、16');
  });
});

describe('amounts configured for Weihai', () => {
  it('are not shown for another Shandong city, whose standard this deployment does not know', () => {
    const hire = HireSituationSchema.parse({ age: 30, hiredOn: '2026-07-15', contractMonths: 12, unemploymentRegisteredOn: '2025-01-01' });
    const configured = { ...UNCONFIGURED, 'hiring-subsidy': 1000 };
    expect(verdictFor('hiring-subsidy', { region: 'weihai', business: null, hire, worker: null }, TODAY, configured).amount?.label).toBe('1,000 元');
    expect(verdictFor('hiring-subsidy', { region: 'shandong-other', business: null, hire, worker: null }, TODAY, configured).amount?.label).toBe('以当地公布标准为准');
  });
});

describe('pre-check lines', () => {
  it('offers 去申请 only for an eligible Weihai line', () => {
    const facts = { region: 'weihai' as const, business: { kind: '个体工商户' as const, registeredOn: '2026-01-01' }, hire: null, worker: null };
    expect(precheckLine('startup-subsidy', '一次性创业补贴', verdictFor('startup-subsidy', facts, TODAY, UNCONFIGURED), 'weihai')).toMatchObject({ outcomeLabel: '可申请', canApply: true });
    const elsewhere = { ...facts, region: 'shandong-other' as const };
    expect(precheckLine('startup-subsidy', '一次性创业补贴', verdictFor('startup-subsidy', elsewhere, TODAY, UNCONFIGURED), 'shandong-other')).toMatchObject({ outcomeLabel: '可申请', canApply: false });
    expect(precheckLine('hiring-subsidy', '一次性吸纳就业补贴', verdictFor('hiring-subsidy', facts, TODAY, UNCONFIGURED), 'weihai')).toMatchObject({ outcomeLabel: '还需回答', canApply: false });
  });
});
