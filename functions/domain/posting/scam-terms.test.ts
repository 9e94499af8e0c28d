import { scamFindings, SCAM_RULES } from './scam-terms';

describe('anti-scam rules', () => {
  it.each([
    ['入职需交押金 200 元', '押金'],
    ['收取培训费，培训后上岗', '培训费'],
    ['服装费从工资扣', '服装费'],
    ['体检费自理', '体检费自理'],
    ['先交钱后上岗', '先交钱'],
    ['报名请加微信 abc123', '加微信'],
    ['有意者联系 QQ 12345', '联系 QQ'],
    ['电话 139 0631 0001', '139 0631 0001'],
  ])('refuses %s, naming the words', (text, matched) => {
    const findings = scamFindings([text]);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].matched.toLowerCase()).toBe(matched.toLowerCase());
    expect(findings[0].reason).toMatch(/不得|请不要/);
  });

  it('passes an honest posting, including promises not to charge', () => {
    expect(scamFindings(['家庭日常保洁', '工具由单位提供，当天结算，不收取任何培训费、押金。', '无需服装费', '年龄 18-65 周岁'])).toEqual([]);
  });

  it('a promise in one sentence does not excuse a fee in the next', () => {
    expect(scamFindings(['不收押金。上岗前交培训费 300 元'])[0]).toMatchObject({ matched: '培训费' });
  });

  it('every rule carries a Chinese reason', () => {
    for (const rule of SCAM_RULES) expect(rule.reason).toMatch(/[\u4e00-\u9fa5]/);
  });
});
