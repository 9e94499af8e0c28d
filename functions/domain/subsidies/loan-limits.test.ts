import { loanLimitProblems } from './loan-limits';

describe('创业提振贷 limits (鲁就办〔2023〕13号 三、7; 威就办〔2023〕9号 三、6)', () => {
  it.each([
    ['individual', 500_000, 36, []],
    ['individual', 500_001, 36, ['body.amountYuan']],
    ['individual', 500_000, 37, ['body.termMonths']],
    ['small-business', 10_000_000, 24, []],
    ['small-business', 10_000_001, 25, ['body.amountYuan', 'body.termMonths']],
  ] as const)('%s ¥%i for %i months → %j', (kind, amountYuan, termMonths, fields) => {
    expect(loanLimitProblems({ kind, amountYuan, termMonths }).map((p) => p.field)).toEqual(fields);
  });

  it('names the limit in the message', () => {
    expect(loanLimitProblems({ kind: 'individual', amountYuan: 600_000, termMonths: 12 })[0].message).toBe('创业者个人创业提振贷最高 50 万元（500,000 元）');
    expect(loanLimitProblems({ kind: 'small-business', amountYuan: 1, termMonths: 30 })[0].message).toBe('小微企业创业提振贷期限最长 2 年（24 个月）');
  });
});
